// Prints a generated page (report.html, compare.html, directory.html) from disk to an A4 PDF in Debian's chromium,
// then lays it out again under print media at the width of the A4 page's printable area and prints one JSON object of
// observations: console errors, requests other than the page itself, each print picture of a map (shown, its size,
// its share of non-white pixels and of coloured pixels), the elements wider than the printable area, and the actor
// rows shown in print, the elements with a dark background; and a full-page screenshot of the print layout.
// Usage: node check-print.mjs PAGE_HTML PDF_PATH SCREENSHOT_PNG FRONTEND_DIR
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [, , file, pdf, screenshot, frontend] = process.argv;
const require = createRequire(path.join(path.resolve(frontend), "package.json"));
const { chromium } = require("playwright-core");

// A4 is 210 mm wide; the print stylesheet's margins are 15 mm: 180 mm printable, at 96 px per inch.
const printableWidth = Math.floor((180 / 25.4) * 96);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--use-gl=swiftshader", "--enable-unsafe-swiftshader"],
});
const result = { consoleErrors: [], requests: [], printableWidth };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(path.resolve(file)).href;
  page.on("console", (m) => { if (m.type() === "error") result.consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => result.consoleErrors.push(String(e)));
  page.on("request", (r) => { if (r.url() !== url && !r.url().startsWith("data:")) result.requests.push(r.url()); });
  await page.goto(url, { waitUntil: "load" });
  for (const id of ["ng-map", "ng-cmp-a", "ng-cmp-b"]) {
    if (await page.$("#" + id)) await page.waitForSelector(`#${id}[data-ready=true]`, { timeout: 30000 });
  }
  await page.waitForTimeout(300);
  await page.pdf({ path: pdf, format: "A4" });
  result.pdf = pdf;

  // The same page as it prints: print media at the printable width.
  await page.setViewportSize({ width: printableWidth, height: 1123 });
  await page.emulateMedia({ media: "print" });
  // The pictures are drawn when print media starts to match and decoded asynchronously: wait for them (at most 30 s, for a loaded machine).
  result.picturesWaitedMs = await page.evaluate(async () => {
    const t0 = performance.now();
    const imgs = () => Array.from(document.querySelectorAll("#ng-map-print, [id^=ng-cmp-print-]"));
    while (imgs().some((i) => !(i.complete && i.naturalWidth > 0)) && performance.now() - t0 < 30000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return Math.round(performance.now() - t0);
  });
  result.images = await page.$$eval("#ng-map-print, [id^=ng-cmp-print-]", (imgs) => Promise.all(imgs.map(async (img) => {
    if (!img.complete) await new Promise((r) => { img.onload = r; img.onerror = r; });
    const box = img.getBoundingClientRect();
    const out = { id: img.id, shown: box.width > 0 && box.height > 0, width: Math.round(box.width), naturalWidth: img.naturalWidth, nonWhite: 0, coloured: 0 };
    if (img.naturalWidth > 0) {
      const c = document.createElement("canvas");
      c.width = img.naturalWidth; c.height = img.naturalHeight;
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let nonWhite = 0, coloured = 0;
      for (let i = 0; i < px.length; i += 4) {
        const r = px[i], g = px[i + 1], b = px[i + 2];
        if (r < 235 || g < 235 || b < 235) nonWhite++;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
      }
      out.nonWhite = nonWhite / (px.length / 4);
      out.coloured = coloured / (px.length / 4);
    }
    return out;
  })));
  result.scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  result.overflowing = await page.$$eval("main *", (els, limit) => els
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.right > limit + 1)
    .slice(0, 20)
    .map(({ e, r }) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""} right=${Math.round(r.right)}`), printableWidth);
  result.actorRowsShown = await page.$$eval("tr[data-actor]", (rs) => rs.filter((r) => r.offsetParent !== null).map((r) => r.dataset.actor));
  result.darkBackgrounds = await page.$$eval("main *, body", (els) => els.filter((e) => {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const m = getComputedStyle(e).backgroundColor.match(/\d+(\.\d+)?/g);
    if (!m || (m.length > 3 && Number(m[3]) === 0)) return false;
    return (Number(m[0]) + Number(m[1]) + Number(m[2])) / 3 < 128;
  }).map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className : "")));
  await page.screenshot({ path: screenshot, fullPage: true });
  result.screenshot = screenshot;
} catch (e) {
  result.error = String(e && e.stack || e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
