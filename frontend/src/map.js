// The interactive network map of report.html: reads the JSON island #ng-data written by the C# report writer, with
// the actors' positions already laid out, and draws it with sigma.js (WebGL). Only the shown layer's ties are in the
// graph; edges are hidden while the camera moves. No network request is made.
import Graph from "graphology";
import Sigma from "sigma";
import { drawSnapshot, onPrint } from "./snapshot.js";
import { startCompare } from "./compare.js";
import { keyboardCamera } from "./keyboard.js";

// Colour-blind safe palette (Okabe & Ito, 2008), one colour per setting.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"];

// Positions come from the report writer (seeded ForceAtlas2 in C#): the browser does no layout, so the map is drawn
// at once and is the same at every opening.
function degrees(data) {
  const degree = new Int32Array(data.actors.length);
  for (const [s, t] of data.layers[data.layoutLayer] || []) { if (s !== t) { degree[s]++; degree[t]++; } }
  return degree;
}

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function start() {
  const island = document.getElementById("ng-data");
  const container = document.getElementById("ng-map");
  if (!island || !container) return;
  const data = JSON.parse(island.textContent);
  const t = data.text;
  const t0 = performance.now();
  const pos = data.positions || new Array(2 * data.actors.length).fill(0);
  const degree = degrees(data);
  const tLayout = performance.now();
  const n = data.actors.length;
  // A column empty for every actor (eigenvector centrality on a graph that is not connected: report.json's warnings
  // say why) is left out of the size menu and of the actor's card rather than shown as a row of dashes.
  const metricNames = Object.keys(data.metrics).filter((m) => data.metrics[m].some((v) => v !== null && isFinite(v)));
  let sizeMetric = metricNames.includes("degree") ? "degree" : metricNames[0];
  const settingCount = data.settings.length;

  const graph = new Graph({ type: "directed", multi: true });
  for (let i = 0; i < n; i++) {
    const a = data.actors[i];
    graph.addNode(String(i), {
      x: pos[2 * i], y: pos[2 * i + 1], label: a.name, size: 3,
      color: PALETTE[a.setting % PALETTE.length], setting: a.setting,
    });
  }
  let layerFilter = data.defaultLayer;
  const settingOn = new Array(settingCount).fill(true);
  let showSuggestions = false;
  let focused = null;

  // Only the shown layer's ties (and the suggested links when asked for) are in the graph: changing the layer
  // replaces them, so no pass ever walks the other layers' ties.
  function loadEdges(edgeHidden) {
    graph.clearEdges();
    for (const [s, tt] of data.layers[layerFilter] || []) {
      graph.addEdge(String(s), String(tt), { layer: layerFilter, color: "#b8b8b8", size: 0.6, hidden: edgeHidden(s, tt) });
    }
    if (showSuggestions) {
      for (const [h, a] of data.suggestions) {
        graph.addEdge(String(h), String(a), { layer: "__suggested", color: "#D55E00", size: 1.2, type: "line", hidden: edgeHidden(h, a) });
      }
    }
  }

  function resize() {
    const values = data.metrics[sizeMetric] || [];
    let max = 0;
    for (const v of values) if (isFinite(v) && v > max) max = v;
    graph.updateEachNodeAttributes((k, a) => {
      const v = values[Number(k)];
      a.size = 2 + (max > 0 && isFinite(v) ? 10 * Math.sqrt(v / max) : 0);
      return a;
    }, { attributes: ["size"] });
  }

  function applyFilters() {
    // One update event for the nodes (not one per node), and no per-edge look-up when every setting is shown.
    const allOn = settingOn.every(Boolean);
    const edgeHidden = (s, d) => !allOn && (!settingOn[data.actors[s].setting] || !settingOn[data.actors[d].setting]);
    graph.updateEachNodeAttributes((k, a) => { a.hidden = !settingOn[a.setting]; return a; }, { attributes: ["hidden"] });
    // Rebuilding the shown layer's ties costs about as much as updating them, and never touches ties sigma has not
    // indexed yet.
    loadEdges(edgeHidden);
    let visible = 0;
    graph.forEachEdge((e, a) => { if (!a.hidden && a.layer !== "__suggested") visible++; });
    container.dataset.visibleEdges = String(visible);
    status.textContent = t.visibleTies.replace("{0}", String(visible));
  }

  const controls = document.getElementById("ng-map-controls");
  const status = el("p", { id: "ng-map-status", role: "status", "aria-live": "polite" });

  const layerSel = el("select", { id: "ng-layer" });
  for (const name of Object.keys(data.layers)) {
    const o = el("option", { value: name }, data.layerLabels[name] || name);
    if (name === layerFilter) o.selected = true;
    layerSel.append(o);
  }
  layerSel.addEventListener("change", () => { layerFilter = layerSel.value; applyFilters(); });
  const layerLabel = el("label", { for: "ng-layer" }, t.layer + " ");
  controls.append(layerLabel, layerSel);

  const sizeSel = el("select", { id: "ng-size" });
  for (const name of metricNames) {
    const o = el("option", { value: name }, data.metricLabels[name] || name);
    if (name === sizeMetric) o.selected = true;
    sizeSel.append(o);
  }
  sizeSel.addEventListener("change", () => { sizeMetric = sizeSel.value; resize(); });
  controls.append(el("label", { for: "ng-size" }, " " + t.sizeBy + " "), sizeSel);

  const search = el("input", { id: "ng-search", type: "search", list: "ng-actors", placeholder: t.searchPlaceholder, "aria-label": t.search });
  const list = el("datalist", { id: "ng-actors" });
  if (n <= 1000) data.actors.forEach((a) => list.append(el("option", { value: a.name })));
  controls.append(" ", search, list);

  const sugg = el("input", { id: "ng-suggest", type: "checkbox" });
  sugg.addEventListener("change", () => { showSuggestions = sugg.checked; applyFilters(); });
  controls.append(el("br"), sugg, el("label", { for: "ng-suggest" }, " " + t.showSuggestions));

  const legend = el("fieldset", { id: "ng-legend" });
  legend.append(el("legend", {}, t.settingLegend));
  data.settings.forEach((name, i) => {
    const box = el("input", { type: "checkbox", id: "ng-set-" + i });
    box.checked = true;
    box.addEventListener("change", () => { settingOn[i] = box.checked; applyFilters(); });
    const lab = el("label", { for: "ng-set-" + i });
    const sw = el("span", { class: "swatch", style: "background:" + PALETTE[i % PALETTE.length] });
    lab.append(sw, document.createTextNode(" " + name));
    legend.append(box, lab, document.createTextNode(" "));
  });
  controls.append(legend, status);

  const card = document.getElementById("ng-card");
  const number = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 3 });
  // The card sits in the corner away from the actor, so that it hides neither the actor nor its label (which runs to
  // the right): on the left for an actor in the right half, and for a searched actor (centred, its label to the right).
  function showCard(i, side) {
    const a = data.actors[i];
    card.replaceChildren();
    card.append(el("h4", {}, a.name));
    card.append(el("p", {}, data.settings[a.setting] + (a.zone ? " · " + t.zone + " " + a.zone : "") + (degree[i] === 0 ? " · " + t.isolated : "")));
    const table = el("table");
    for (const m of metricNames) {
      const v = data.metrics[m][i];
      const tr = el("tr");
      tr.append(el("th", { scope: "row" }, data.metricLabels[m] || m), el("td", {}, v === null || !isFinite(v) ? "–" : number.format(v)));
      table.append(tr);
    }
    card.append(table);
    let left = side === "left";
    if (!side) {
      const d = renderer.getNodeDisplayData(String(i));
      if (d) left = renderer.framedGraphToViewport(d).x > container.clientWidth / 2;
    }
    card.classList.toggle("left", left);
    card.hidden = false;
  }

  resize();
  applyFilters();
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false, labelRenderedSizeThreshold: 8, defaultEdgeType: "arrow",
    hideEdgesOnMove: n > 500, hideLabelsOnMove: n > 500,
    edgeProgramClasses: {}, allowInvalidContainer: true,
    nodeReducer: (k, a) => (focused === k ? { ...a, highlighted: true, size: a.size * 1.6, forceLabel: true } : a),
  });
  renderer.on("enterNode", ({ node }) => showCard(Number(node)));
  keyboardCamera(renderer, container);
  // Re-reads only the previous and the new focused actor (a full refresh would re-index every shown tie), and draws
  // at the next frame, when the camera already moves and the ties are hidden.
  function setFocused(node) {
    const nodes = [focused, node].filter((k) => k !== null && graph.hasNode(k));
    focused = node;
    renderer.refresh({ partialGraph: { nodes }, skipIndexation: true, schedule: true });
  }
  renderer.on("clickNode", ({ node }) => { setFocused(node); showCard(Number(node)); });

  function focus(i) {
    setFocused(String(i));
    container.dataset.focused = data.actors[i].id;
    showCard(i, "left");
    const p = renderer.getNodeDisplayData(focused);
    if (p) renderer.getCamera().animate({ x: p.x, y: p.y, ratio: 0.3 }, { duration: 300 });
  }
  function doSearch() {
    const q = search.value.trim().toLowerCase();
    if (!q) return;
    let best = data.actors.findIndex((a) => a.name.toLowerCase() === q || a.id.toLowerCase() === q);
    if (best < 0) best = data.actors.findIndex((a) => a.name.toLowerCase().includes(q));
    if (best >= 0) focus(best);
  }
  search.addEventListener("change", doSearch);
  search.addEventListener("keydown", (e) => { if (e.key === "Enter") doSearch(); });

  // The map prints as a static image of its current view, with the colours' legend.
  const printImage = document.getElementById("ng-map-print");
  onPrint(() => {
    const legend = data.settings.map((name, i) => ({ color: PALETTE[i % PALETTE.length], label: name })).filter((_, i) => settingOn[i]);
    legend.unshift({ color: "#b8b8b8", label: data.layerLabels[layerFilter] || layerFilter, line: true });
    if (showSuggestions) legend.push({ color: "#D55E00", label: t.suggested || t.showSuggestions, line: true });
    printImage.src = drawSnapshot(renderer, graph, legend).toDataURL("image/png");
  }, [renderer]);
  container.dataset.nodes = String(graph.order);
  container.dataset.ready = "true";
  container.dataset.layoutMs = String(Math.round(tLayout - t0));
  container.dataset.readyMs = String(Math.round(performance.now() - t0));
  window.__ngMap = { renderer, graph, focus };
}

function startAll() {
  start();
  startCompare();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startAll); else startAll();
