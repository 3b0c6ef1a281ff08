// Opens a generated compare.html or directory.html from disk in Debian's chromium and prints one JSON object of
// observations: console errors, requests other than the page itself, rows shown after typing SEARCH_TEXT into the
// directory's search box (when it has one), the first cell of the first table after a click on its first header,
// (its largest table) and, when PDF_PATH is given, the page printed to an A4 PDF.
// Usage: node check-page.mjs PAGE_HTML SCREENSHOT_PNG FRONTEND_DIR [SEARCH_TEXT] [PDF_PATH]
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [, , file, screenshot, frontend, searchText, pdf] = process.argv;
const require = createRequire(path.join(path.resolve(frontend), "package.json"));
const { chromium } = require("playwright-core");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const result = { consoleErrors: [], requests: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(path.resolve(file)).href;
  page.on("console", (m) => { if (m.type() === "error") result.consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => result.consoleErrors.push(String(e)));
  page.on("request", (r) => { if (r.url() !== url && !r.url().startsWith("data:")) result.requests.push(r.url()); });
  await page.goto(url, { waitUntil: "load" });
  result.lang = await page.getAttribute("html", "lang");
  result.title = await page.title();
  result.tables = await page.$$eval("table", (ts) => ts.length);
  result.rows = await page.$$eval("tbody tr", (rs) => rs.length);
  result.actorRows = await page.$$eval("tr[data-actor]", (rs) => rs.map((r) => r.dataset.actor));
  if (searchText && await page.$("#ng-dir-search")) {
    await page.fill("#ng-dir-search", searchText);
    result.visibleAfterSearch = await page.$$eval("tr[data-actor]", (rs) => rs.filter((r) => r.offsetParent !== null).map((r) => r.dataset.actor));
    await page.fill("#ng-dir-search", "");
    result.visibleAfterClear = await page.$$eval("tr[data-actor]", (rs) => rs.filter((r) => r.offsetParent !== null).length);
    const sizes = await page.$$eval("#main table", (ts) => ts.map((t) => t.tBodies[0].rows.length));
    const table = page.locator("#main table").nth(sizes.indexOf(Math.max(...sizes)));
    await table.locator("thead th").first().click();
    result.sortedAscending = await table.locator("tbody tr th").allTextContents();
    await table.locator("thead th").first().click();
    result.sortedDescending = await table.locator("tbody tr th").allTextContents();
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  result.screenshot = screenshot;
  if (pdf) {
    await page.pdf({ path: pdf, format: "A4", printBackground: false });
    result.pdf = pdf;
  }
} catch (e) {
  result.error = String(e && e.stack || e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
