// Opens a generated compare.html from disk in Debian's chromium and prints one JSON object of observations about its
// two maps: console errors, requests other than the page itself, actors drawn on each map, per layer the gained ties
// drawn on the second map and the lost ties drawn on the first, and where each actor given is drawn on both maps
// (pixels in its map's container); with a screenshot of the maps.
// Usage: node check-compare.mjs COMPARE_HTML SCREENSHOT_PNG FRONTEND_DIR ACTOR_ID[,ACTOR_ID…]
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [, , file, screenshot, frontend, actorIds] = process.argv;
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
  const url = pathToFileURL(path.resolve(file)).href;
  page.on("console", (m) => { if (m.type() === "error") result.consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => result.consoleErrors.push(String(e)));
  page.on("request", (r) => { if (r.url() !== url && !r.url().startsWith("data:")) result.requests.push(r.url()); });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("#ng-cmp-a[data-ready=true]", { timeout: 30000 });
  await page.waitForSelector("#ng-cmp-b[data-ready=true]", { timeout: 30000 });
  result.lang = await page.getAttribute("html", "lang");
  result.maps = await page.$$eval(".ng-cmp", (ms) => ms.length);
  result.nodesA = Number(await page.getAttribute("#ng-cmp-a", "data-nodes"));
  result.nodesB = Number(await page.getAttribute("#ng-cmp-b", "data-nodes"));
  result.legend = await page.$$eval(".cmp-legend li", (ls) => ls.map((l) => l.textContent.trim()));
  result.layers = {};
  for (const layer of await page.$$eval("#ng-cmp-layer option", (os) => os.map((o) => o.value))) {
    await page.selectOption("#ng-cmp-layer", layer);
    result.layers[layer] = {
      gained: Number(await page.getAttribute("#ng-cmp-b", "data-gained")),
      lost: Number(await page.getAttribute("#ng-cmp-a", "data-lost")),
      status: await page.textContent("#ng-cmp-status"),
    };
  }
  await page.selectOption("#ng-cmp-layer", "all");
  result.where = {};
  for (const id of (actorIds || "").split(",").filter(Boolean)) {
    result.where[id] = await page.evaluate((x) => window.__ngCompare.where(x), id);
  }
  await page.locator("#maps").scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot, fullPage: false });
  result.screenshot = screenshot;
  // Moving the first map's camera (as a drag or a zoom does) moves the second's with it.
  result.camerasAfterMove = await page.evaluate(() => {
    const [a, b] = window.__ngCompare.maps;
    a.renderer.getCamera().setState({ x: 0.3, y: 0.6, ratio: 0.8 });
    return [a.renderer.getCamera().getState(), b.renderer.getCamera().getState()];
  });
} catch (e) {
  result.error = String(e && e.stack || e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
