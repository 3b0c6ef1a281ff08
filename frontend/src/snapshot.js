// The printed map: a static picture of what a sigma renderer shows now (camera, filters, focused actor), drawn again
// with the 2D canvas at twice the screen resolution rather than copied from the WebGL canvas, whose buffer may
// already be cleared when the page prints. Costs O(n + m) for the n shown actors and m shown ties.

const SCALE = 2;

// Draws the current view of `renderer` into a new canvas, with a legend strip under it: `legend` is a list of
// { color, label, line } (line: a tie colour, otherwise an actor colour). Returns the canvas.
export function drawSnapshot(renderer, graph, legend) {
  const { width, height } = renderer.getDimensions();
  const w = Math.max(1, Math.round(width)), h = Math.max(1, Math.round(height));
  const legendHeight = legend && legend.length ? 26 : 0;
  const canvas = document.createElement("canvas");
  canvas.width = w * SCALE;
  canvas.height = (h + legendHeight) * SCALE;
  const ctx = canvas.getContext("2d");
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, w, h + legendHeight);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, w, h);
  ctx.clip();

  const shown = new Map();
  graph.forEachNode((key) => {
    const d = renderer.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    shown.set(key, { x: p.x, y: p.y, r: renderer.scaleSize(d.size), color: d.color, label: d.label, forceLabel: d.forceLabel || d.highlighted });
  });

  // Ties: the thin grey ones first, so that coloured ones (gained, lost, suggested) stay on top.
  const edges = [];
  graph.forEachEdge((key, attr, source, target) => {
    const d = renderer.getEdgeDisplayData(key);
    if (!d || d.hidden) return;
    const s = shown.get(source), t = shown.get(target);
    if (!s || !t) return;
    edges.push({ s, t, color: d.color || "#b8b8b8", size: Math.max(0.4, renderer.scaleSize(d.size || 0.6)) });
  });
  edges.sort((a, b) => a.size - b.size);
  for (const e of edges) {
    ctx.strokeStyle = e.color;
    ctx.lineWidth = e.size;
    ctx.beginPath();
    ctx.moveTo(e.s.x, e.s.y);
    ctx.lineTo(e.t.x, e.t.y);
    ctx.stroke();
  }

  for (const n of shown.values()) {
    ctx.fillStyle = n.color || "#666666";
    ctx.beginPath();
    ctx.arc(n.x, n.y, Math.max(1, n.r), 0, 2 * Math.PI);
    ctx.fill();
  }

  // Labels: those sigma shows now (its label grid avoids overlaps), and the focused actor's.
  const labelled = renderer.displayedNodeLabels instanceof Set ? renderer.displayedNodeLabels : new Set();
  ctx.font = "12px sans-serif";
  ctx.textBaseline = "middle";
  for (const [key, n] of shown) {
    if (!n.label || !(labelled.has(key) || n.forceLabel)) continue;
    ctx.fillStyle = "rgba(255,255,255,0.8)";
    const tw = ctx.measureText(n.label).width;
    ctx.fillRect(n.x + n.r + 2, n.y - 7, tw + 4, 14);
    ctx.fillStyle = "#1a1a1a";
    ctx.fillText(n.label, n.x + n.r + 4, n.y);
  }

  ctx.restore();
  if (legendHeight) {
    let x = 6;
    const y = h + legendHeight / 2;
    ctx.font = "16px sans-serif";
    ctx.textBaseline = "middle";
    ctx.strokeStyle = "#cccccc";
    ctx.lineWidth = 1;
    ctx.strokeRect(0.5, 0.5, w - 1, h - 1);
    for (const item of legend) {
      ctx.fillStyle = item.color;
      ctx.strokeStyle = item.color;
      if (item.line) {
        ctx.lineWidth = 3;
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + 24, y);
        ctx.stroke();
        x += 30;
      } else {
        ctx.beginPath();
        ctx.arc(x + 7, y, 7, 0, 2 * Math.PI);
        ctx.fill();
        x += 20;
      }
      ctx.fillStyle = "#1a1a1a";
      ctx.fillText(item.label, x, y);
      x += ctx.measureText(item.label).width + 20;
    }
  }
  return canvas;
}

// Calls `render` before the page prints: on `beforeprint` and when the print media query starts to match (print
// emulation, some print paths that fire no event).
export function onPrint(render) {
  const run = () => { try { render(); } catch (e) { /* the page prints without the picture */ } };
  window.addEventListener("beforeprint", run);
  if (window.matchMedia) {
    const mq = window.matchMedia("print");
    if (mq.addEventListener) mq.addEventListener("change", (e) => { if (e.matches) run(); });
  }
}
