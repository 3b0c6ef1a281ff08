// The two maps of compare.html: the first and the second survey side by side, drawn with the same positions (one
// seeded layout of the union of both waves' actors, computed by the page writer) and the same frame, so that an actor
// sits at the same place on both and the two cameras move together. The first map shows the first survey's ties, those
// lost by the second in vermillion; the second map shows the second survey's ties, those gained in blue (Okabe & Ito
// colours, told apart with any colour vision, and drawn thicker than the unchanged ties). Reads the JSON island
// #ng-compare-data; makes no network request.
import Graph from "graphology";
import Sigma from "sigma";
import { drawSnapshot, onPrint } from "./snapshot.js";
import { keyboardCamera } from "./keyboard.js";

const GAINED = "#0072B2";
const LOST = "#D55E00";
const UNCHANGED = "#c4c4c4";
const ACTOR = "#4d4d4d";

export function startCompare() {
  const island = document.getElementById("ng-compare-data");
  const boxes = [document.getElementById("ng-cmp-a"), document.getElementById("ng-cmp-b")];
  if (!island || !boxes[0] || !boxes[1]) return;
  const data = JSON.parse(island.textContent);
  const t = data.text;
  const pos = data.positions;
  const n = data.actors.length;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, pos[2 * i]); maxX = Math.max(maxX, pos[2 * i]);
    minY = Math.min(minY, pos[2 * i + 1]); maxY = Math.max(maxY, pos[2 * i + 1]);
  }
  if (!(maxX > minX)) { minX -= 1; maxX += 1; }
  if (!(maxY > minY)) { minY -= 1; maxY += 1; }
  // Labels run to the right of their actor: a margin on that side keeps the names of the rightmost actors inside
  // each (half-width) map.
  maxX += (maxX - minX) * 0.3;
  const bbox = { x: [minX, maxX], y: [minY, maxY] };
  let layer = data.defaultLayer;

  // wave 0 draws unchanged + lost ties, wave 1 unchanged + gained ties.
  const maps = [0, 1].map((wave) => {
    const graph = new Graph({ type: "directed", multi: true });
    for (let i = 0; i < n; i++) {
      const a = data.actors[i];
      if (!(wave === 0 ? a.a : a.b)) continue;
      graph.addNode(String(i), { x: pos[2 * i], y: pos[2 * i + 1], label: a.name, size: 4, color: ACTOR });
    }
    return { wave, graph, box: boxes[wave], renderer: null };
  });

  function load() {
    const ties = data.layers[layer];
    for (const m of maps) {
      m.graph.clearEdges();
      const changed = m.wave === 0 ? ties.lost : ties.gained;
      const add = (s, d, color, size, zIndex = 0) => {
        if (m.graph.hasNode(String(s)) && m.graph.hasNode(String(d))) m.graph.addEdge(String(s), String(d), { color, size, zIndex });
      };
      for (const [s, d] of ties.unchanged) add(s, d, UNCHANGED, 0.7);
      for (const [s, d] of changed) add(s, d, m.wave === 0 ? LOST : GAINED, 3.5, 1);
      let count = 0;
      m.graph.forEachEdge((e, a) => { if (a.color !== UNCHANGED) count++; });
      m.box.dataset.nodes = String(m.graph.order);
      m.box.dataset.ties = String(m.graph.size);
      m.box.dataset[m.wave === 0 ? "lost" : "gained"] = String(count);
      // Node size grows with the actor's ties on the shown layer, as on the report's map.
      m.graph.updateEachNodeAttributes((k, a) => { a.size = 3 + Math.sqrt(m.graph.degree(k)); return a; }, { attributes: ["size"] });
    }
    const status = document.getElementById("ng-cmp-status");
    if (status) status.textContent = t.counts.replace("{0}", String(ties.gained.length)).replace("{1}", String(ties.lost.length));
  }

  const controls = document.getElementById("ng-cmp-controls");
  const select = document.createElement("select");
  select.id = "ng-cmp-layer";
  for (const name of Object.keys(data.layers)) {
    const o = document.createElement("option");
    o.value = name;
    o.textContent = data.layerLabels[name] || name;
    if (name === layer) o.selected = true;
    select.append(o);
  }
  const label = document.createElement("label");
  label.htmlFor = "ng-cmp-layer";
  label.textContent = t.layer + " ";
  const status = document.createElement("span");
  status.id = "ng-cmp-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  controls.append(label, select, " ", status);

  load();
  for (const m of maps) {
    m.renderer = new Sigma(m.graph, m.box, {
      defaultEdgeType: data.directed[layer] ? "arrow" : "line", labelRenderedSizeThreshold: 6, allowInvalidContainer: true,
      zIndex: true,
    });
    m.renderer.setCustomBBox(bbox);
    keyboardCamera(m.renderer, m.box);
  }

  select.addEventListener("change", () => {
    layer = select.value;
    load();
    for (const m of maps) {
      m.renderer.setSetting("defaultEdgeType", data.directed[layer] ? "arrow" : "line");
      m.renderer.refresh();
    }
  });

  // The two cameras move together.
  let syncing = false;
  for (const m of maps) {
    const other = maps[1 - m.wave];
    m.renderer.getCamera().on("updated", (state) => {
      if (syncing) return;
      syncing = true;
      other.renderer.getCamera().setState(state);
      syncing = false;
    });
  }

  onPrint(() => {
    for (const m of maps) {
      const legend = [{ color: UNCHANGED, label: t.unchanged, line: true }, m.wave === 0 ? { color: LOST, label: t.lost, line: true } : { color: GAINED, label: t.gained, line: true }];
      document.getElementById(m.wave === 0 ? "ng-cmp-print-a" : "ng-cmp-print-b").src = drawSnapshot(m.renderer, m.graph, legend, { crop: false }).toDataURL("image/png");
    }
  }, maps.map((m) => m.renderer));

  for (const m of maps) m.box.dataset.ready = "true";
  window.__ngCompare = {
    maps: maps.map((m) => ({ graph: m.graph, renderer: m.renderer })),
    // Where an actor (by id) is drawn on each map, in pixels of its container; null where the wave lacks it.
    where: (id) => {
      const i = data.actors.findIndex((a) => a.id === id);
      return maps.map((m) => {
        if (i < 0 || !m.graph.hasNode(String(i))) return null;
        const d = m.renderer.getNodeDisplayData(String(i));
        return d ? m.renderer.framedGraphToViewport(d) : null;
      });
    },
  };
}
