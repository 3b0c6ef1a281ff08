// Opens a generated report.html from disk in Debian's chromium and prints one JSON object of observations:
// console errors, requests other than the page itself, nodes on the map, visible ties per layer, the focused actor
// after a search, charts without a table, and the screenshot written; with the timings of first paint, map drawn,
// search response (Enter to the next painted frame) and pan frames (requestAnimationFrame intervals while dragging);
// and the camera after + (zoom in), the right arrow and 0 (whole map) pressed on the focused map.
// Usage: node check-report.mjs REPORT_HTML SCREENSHOT_PNG SEARCH_TEXT FRONTEND_DIR
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [, , report, screenshot, searchText, frontend] = process.argv;
const require = createRequire(path.join(path.resolve(frontend), "package.json"));
const { chromium } = require("playwright-core");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--use-gl=swiftshader", "--enable-unsafe-swiftshader"],
});
const result = { consoleErrors: [], requests: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(path.resolve(report)).href;
  page.on("console", (m) => { if (m.type() === "error") result.consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => result.consoleErrors.push(String(e)));
  page.on("request", (r) => { if (r.url() !== url && !r.url().startsWith("data:")) result.requests.push(r.url()); });
  const started = Date.now();
  await page.goto(url);
  await page.waitForSelector("#ng-map[data-ready=true]", { timeout: 30000 });
  result.readyMs = Date.now() - started;
  result.layoutMs = Number(await page.getAttribute("#ng-map", "data-layout-ms"));
  result.scriptMs = Number(await page.getAttribute("#ng-map", "data-ready-ms"));
  result.firstPaintMs = await page.evaluate(() => { const e = performance.getEntriesByName("first-contentful-paint")[0]; return e ? Math.round(e.startTime) : null; });
  result.lang = await page.getAttribute("html", "lang");
  result.nodes = Number(await page.getAttribute("#ng-map", "data-nodes"));
  result.actorsInData = await page.evaluate(() => JSON.parse(document.getElementById("ng-data").textContent).actors.length);
  result.visibleEdges = {};
  for (const layer of await page.$$eval("#ng-layer option", (os) => os.map((o) => o.value))) {
    await page.selectOption("#ng-layer", layer);
    result.visibleEdges[layer] = Number(await page.getAttribute("#ng-map", "data-visible-edges"));
  }
  await page.selectOption("#ng-layer", "all");
  await page.fill("#ng-search", searchText);
  result.searchMs = await page.evaluate(() => new Promise((resolve) => {
    const input = document.getElementById("ng-search");
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(Math.round(performance.now() - t0))));
  }));
  await page.waitForTimeout(400);
  result.focused = await page.getAttribute("#ng-map", "data-focused");
  result.cardTitle = await page.textContent("#ng-card h4");
  result.cardRows = await page.$$eval("#ng-card tr", (rs) => rs.map((r) => [r.querySelector("th").textContent, r.querySelector("td").textContent]));
  result.sizeOptions = await page.$$eval("#ng-size option", (os) => os.map((o) => o.value));
  result.charts = await page.$$eval("figure.chart", (fs) => fs.length);
  result.chartsWithoutTable = await page.$$eval("figure.chart", (fs) => fs.filter((f) => !f.querySelector("table")).map((f) => f.id));
  // Pan: drag the map and time the frames.
  const box = await page.locator("#ng-map").boundingBox();
  await page.evaluate(() => {
    window.__ngFrames = [];
    const tick = (t) => { window.__ngFrames.push(t); if (window.__ngFrames.length < 100000) window.__ngFrameLoop = requestAnimationFrame(tick); };
    window.__ngFrameLoop = requestAnimationFrame(tick);
  });
  const panStart = Date.now();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 0; i < 20; i++) await page.mouse.move(box.x + box.width / 2 + i * 10, box.y + box.height / 2 + i * 5);
  await page.mouse.up();
  result.panMs = Date.now() - panStart;
  const frames = await page.evaluate(() => { cancelAnimationFrame(window.__ngFrameLoop); const f = window.__ngFrames; return f.slice(1).map((t, i) => t - f[i]); });
  frames.sort((a, b) => a - b);
  result.panFrames = frames.length;
  result.panFrameMedianMs = frames.length ? Math.round(frames[Math.floor(frames.length / 2)] * 10) / 10 : null;
  result.panFrameMaxMs = frames.length ? Math.round(frames[frames.length - 1] * 10) / 10 : null;
  await page.waitForTimeout(400);
  await page.locator("#network").scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot, fullPage: false });
  await page.screenshot({ path: screenshot.replace(/\.png$/, "-full.png"), fullPage: true });
  result.screenshot = screenshot;
  // Keyboard: the map takes the focus; + zooms in, an arrow moves the view, 0 shows the whole map again.
  const camera = () => page.evaluate(() => window.__ngMap.renderer.getCamera().getState());
  await page.focus("#ng-map");
  result.keyboard = { focused: await page.evaluate(() => document.activeElement && document.activeElement.id) };
  result.keyboard.before = await camera();
  await page.keyboard.press("+");
  result.keyboard.afterZoom = await camera();
  await page.keyboard.press("ArrowRight");
  result.keyboard.afterRight = await camera();
  await page.keyboard.press("0");
  result.keyboard.afterReset = await camera();
} catch (e) {
  result.error = String(e && e.stack || e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
