// Opens the running service's pages over loopback in Debian's chromium and prints one JSON object of observations:
// for the home page (/) and a wave's report (/waves/ID), console errors, every request made and those that leave
// 127.0.0.1; on the home page the links to waves; on the report the map's nodes, the visible ties per layer, the actor
// focused after a search, the charts without a table; when a second wave is given, its comparison with the first
// (/compare, in French: the two maps' actors) and the first wave's directory (/waves/ID/directory, in French: its actor
// rows); a full-page screenshot of each page.
// Usage: node check-service.mjs BASE_URL WAVE_ID SEARCH_TEXT SCREENSHOT_DIR FRONTEND_DIR [SECOND_WAVE_ID]
import { createRequire } from "node:module";
import path from "node:path";

const [, , base, wave, searchText, shots, frontend, second] = process.argv;
const require = createRequire(path.join(path.resolve(frontend), "package.json"));
const { chromium } = require("playwright-core");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--use-gl=swiftshader", "--enable-unsafe-swiftshader"],
});
const result = {};

async function open(name, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const seen = { consoleErrors: [], requests: [], external: [] };
  // The browser asks any page without an icon for /favicon.ico; the service's 404 to that is its own message, not
  // the page's error, and is listed apart.
  seen.faviconMisses = 0;
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    if ((m.location().url || "").endsWith("/favicon.ico")) seen.faviconMisses++; else seen.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => seen.consoleErrors.push(String(e)));
  page.on("request", (r) => {
    const u = r.url();
    if (u.startsWith("data:")) return;
    seen.requests.push(u);
    if (new URL(u).hostname !== "127.0.0.1") seen.external.push(u);
  });
  const response = await page.goto(url, { waitUntil: "load" });
  seen.status = response ? response.status() : null;
  seen.lang = await page.getAttribute("html", "lang");
  result[name] = seen;
  return { page, seen };
}

try {
  {
    const { page, seen } = await open("home", base + "/");
    seen.waveLinks = await page.$$eval("a[href*='/waves/'], a[href^='waves/']", (as) => as.map((a) => a.href));
    await page.screenshot({ path: path.join(shots, "service-home.png"), fullPage: true });
    await page.close();
  }
  {
    const { page, seen } = await open("report", base + "/waves/" + encodeURIComponent(wave));
    await page.waitForSelector("#ng-map[data-ready=true]", { timeout: 30000 });
    seen.nodes = Number(await page.getAttribute("#ng-map", "data-nodes"));
    seen.actorsInData = await page.evaluate(() => JSON.parse(document.getElementById("ng-data").textContent).actors.length);
    seen.visibleEdges = {};
    for (const layer of await page.$$eval("#ng-layer option", (os) => os.map((o) => o.value))) {
      await page.selectOption("#ng-layer", layer);
      seen.visibleEdges[layer] = Number(await page.getAttribute("#ng-map", "data-visible-edges"));
    }
    await page.selectOption("#ng-layer", "all");
    await page.fill("#ng-search", searchText);
    await page.press("#ng-search", "Enter");
    await page.waitForTimeout(500);
    seen.focused = await page.getAttribute("#ng-map", "data-focused");
    seen.cardTitle = await page.textContent("#ng-card h4");
    seen.charts = await page.$$eval("figure.chart", (fs) => fs.length);
    seen.chartsWithoutTable = await page.$$eval("figure.chart", (fs) => fs.filter((f) => !f.querySelector("table")).map((f) => f.id));
    await page.screenshot({ path: path.join(shots, `service-${wave}.png`), fullPage: true });
    await page.close();
  }
  if (second) {
    const { page, seen } = await open("compare", `${base}/compare?a=${encodeURIComponent(wave)}&b=${encodeURIComponent(second)}&lang=fr`);
    await page.waitForSelector("#ng-cmp-a[data-ready=true]", { timeout: 30000 });
    await page.waitForSelector("#ng-cmp-b[data-ready=true]", { timeout: 30000 });
    seen.nodesA = Number(await page.getAttribute("#ng-cmp-a", "data-nodes"));
    seen.nodesB = Number(await page.getAttribute("#ng-cmp-b", "data-nodes"));
    await page.screenshot({ path: path.join(shots, "service-compare-fr.png"), fullPage: true });
    await page.close();
  }
  if (second) {
    const { page, seen } = await open("directory", `${base}/waves/${encodeURIComponent(wave)}/directory?lang=fr`);
    seen.actorRows = await page.$$eval("tr[data-actor]", (rs) => rs.map((r) => r.dataset.actor));
    await page.screenshot({ path: path.join(shots, "service-directory-fr.png"), fullPage: true });
    await page.close();
  }
} catch (e) {
  result.error = String(e && e.stack || e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
