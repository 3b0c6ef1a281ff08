// The printed map: a static picture of what a sigma renderer shows now (camera, filters, focused actor), drawn again
// with the 2D canvas at twice the screen resolution rather than copied from the WebGL canvas, whose buffer may
// already be cleared when the page prints. The picture is cut to the part of the view that holds actors (with a small
// margin), so that it fills the printed width. Costs O(n + m) for the n shown actors and m shown ties.

const SCALE = 2;
const MARGIN = 16;
const FONT = "12px sans-serif";
const LEGEND_FONT = "16px sans-serif";

// Draws the current view of `renderer` into a new canvas, with a legend strip under it: `legend` is a list of
// { color, label, line } (line: a tie colour, otherwise an actor colour). `crop: false` keeps the whole view (maps
// printed side by side must keep the same frame). Returns the canvas.
export function drawSnapshot(renderer, graph, legend, { crop = true } = {}) {
  const { width, height } = renderer.getDimensions();
  const w = Math.max(1, Math.round(width)), h = Math.max(1, Math.round(height));
  const measure = document.createElement("canvas").getContext("2d");
  measure.font = FONT;

  const shown = new Map();
  graph.forEachNode((key) => {
    const d = renderer.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    shown.set(key, { x: p.x, y: p.y, r: Math.max(1, renderer.scaleSize(d.size)), color: d.color, label: d.label, forceLabel: d.forceLabel || d.highlighted });
  });

  // Labels: those sigma shows now (its label grid avoids overlaps), and the focused actor's.
  const labelled = renderer.displayedNodeLabels instanceof Set ? renderer.displayedNodeLabels : new Set();
  const labels = [];
  const candidates = [];
  for (const [key, n] of shown) {
    if (n.label && (labelled.has(key) || n.forceLabel)) candidates.push({ n, text: n.label, width: measure.measureText(n.label).width });
  }
  // On paper a label that runs over another cannot be read: the focused and larger actors keep theirs.
  candidates.sort((a, b) => (b.n.forceLabel ? 1 : 0) - (a.n.forceLabel ? 1 : 0) || b.n.r - a.n.r);
  for (const c of candidates) {
    const box = { x0: c.n.x + c.n.r + 2, y0: c.n.y - 7, x1: c.n.x + c.n.r + 6 + c.width, y1: c.n.y + 7 };
    if (labels.some((l) => box.x0 < l.box.x1 && l.box.x0 < box.x1 && box.y0 < l.box.y1 && l.box.y0 < box.y1)) continue;
    c.box = box;
    labels.push(c);
  }

  // The part of the view that holds actors and labels.
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const grow = (ax, ay, bx, by) => {
    if (bx < 0 || ax > w || by < 0 || ay > h) return;
    x0 = Math.min(x0, ax); y0 = Math.min(y0, ay); x1 = Math.max(x1, bx); y1 = Math.max(y1, by);
  };
  for (const n of shown.values()) grow(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r);
  for (const l of labels) grow(l.n.x, l.n.y - 7, l.n.x + l.n.r + 6 + l.width, l.n.y + 7);
  if (!crop || x1 < x0) { x0 = 0; y0 = 0; x1 = w; y1 = h; }
  x0 = Math.max(0, Math.floor(x0 - MARGIN)); y0 = Math.max(0, Math.floor(y0 - MARGIN));
  x1 = Math.min(w, Math.ceil(x1 + MARGIN)); y1 = Math.min(h, Math.ceil(y1 + MARGIN));
  const cw = Math.max(1, x1 - x0), ch = Math.max(1, y1 - y0);

  const legendHeight = legend && legend.length ? 34 : 0;
  const canvas = document.createElement("canvas");
  canvas.width = cw * SCALE;
  canvas.height = (ch + legendHeight) * SCALE;
  const ctx = canvas.getContext("2d");
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, cw, ch + legendHeight);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, cw, ch);
  ctx.clip();
  ctx.translate(-x0, -y0);

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
    ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
    ctx.fill();
  }

  ctx.font = FONT;
  ctx.textBaseline = "middle";
  for (const { n, text, width: tw } of labels) {
    ctx.fillStyle = "rgba(255,255,255,0.8)";
    ctx.fillRect(n.x + n.r + 2, n.y - 7, tw + 4, 14);
    ctx.fillStyle = "#1a1a1a";
    ctx.fillText(text, n.x + n.r + 4, n.y);
  }

  ctx.restore();
  ctx.strokeStyle = "#cccccc";
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, 0.5, cw - 1, ch - 1);
  if (legendHeight) {
    let x = 6;
    const y = ch + legendHeight / 2;
    ctx.font = LEGEND_FONT;
    ctx.textBaseline = "middle";
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
// `renderers` are the maps drawn: while one of them has no room (print media already hides the interactive map, as
// on some print paths and in print emulation), the picture drawn last is kept. A first picture is drawn once the page
// is idle, so that the page never prints without one.
export function onPrint(render, renderers) {
  const run = () => {
    if (renderers.some((r) => r.getDimensions().width < 50)) return;
    try { render(); } catch (e) { /* the page prints without the picture */ }
  };
  setTimeout(run, 0);
  window.addEventListener("beforeprint", run);
  if (window.matchMedia) {
    const mq = window.matchMedia("print");
    if (mq.addEventListener) mq.addEventListener("change", (e) => { if (e.matches) run(); });
  }
}
