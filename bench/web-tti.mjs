// Time to interactive of the web application's review queue with 100,000 rows in the store, and of a case view, in headless
// Debian Chromium against a real `cordon serve` on SQLite (a benchmark, not a test). Goal: under 1 s each.
// Usage: node bench/web-tti.mjs   (ROWS=100000 RUNS=5 to change; needs artifacts/cli, web/dist and tests/browser's npm ci)
// "Interactive" is the later of the first queue row painted (polled on animation frames) and the end of the last long task
// (over 50 ms, PerformanceObserver "longtask") in the 500 ms after it: the page shows its rows and answers input.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, launchBrowser, startServer } from '../tests/browser/support.mjs';

const rows = Number(process.env.ROWS ?? 100_000);
const runs = Number(process.env.RUNS ?? 5);

// Declarations most of which land in the queue: listed precursors and solvents, with parties, routes and quantities.
function declarations(count) {
  const chemistry = ['acetone 200 L drums', 'N-phenethyl-4-piperidone (NPP) 5 kg', 'toluene 99.5% 1000 L', '4-piperidone HCl H2O 99%, 25 kg drums',
    'potassium permanganate 50 kg', 'phenylacetic acid 99%, CAS 103-82-2', 'methyl ethyl ketone 200 L', 'propionic anhydride 99%'];
  const goods = ['cotton t-shirts, 400 cartons', 'ceramic floor tiles 20 pallets', 'bicycle spare parts', 'frozen shrimp 18 t'];
  const origins = ['CN', 'IN', 'HK', 'DE', 'US'];
  const ports = [['Shanghai', 'Manzanillo'], ['Ningbo', 'Lazaro Cardenas'], ['Nhava Sheva', 'Houston'], ['Hamburg', 'Veracruz'], ['Qingdao', 'Long Beach']];
  const lines = ['declaration_id,shipper,consignee,origin,destination,hs_code,goods_description,quantity,port_of_loading,port_of_discharge'];
  for (let i = 0; i < count; i++) {
    const chem = i % 5 !== 4;
    const route = ports[i % ports.length];
    lines.push([`B-${String(i).padStart(6, '0')}`, `Shipper ${i % 997} Trading Co`, `Consignee ${i % 751} SA`, origins[i % origins.length], 'MX',
      chem ? '2914.11' : '6109.10', `"${chem ? chemistry[i % chemistry.length] : goods[i % goods.length]}"`, `${(i % 90) + 10} KG`, route[0], route[1]].join(','));
  }
  return `${lines.join('\n')}\n`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (values) => `median ${median(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(', ')})`;

const dataDir = mkdtempSync(join(tmpdir(), 'cordon-web-tti-'));
let handle;
let browser;
try {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  handle = await startServer(dataDir, port);
  const auth = { authorization: `Bearer ${handle.token}` };

  // Seed the store through the API, as an analyst would.
  const file = join(dataDir, 'bench.csv');
  writeFileSync(file, declarations(rows));
  const form = new FormData();
  form.append('file', new Blob([readFileSync(file)]), 'bench.csv');
  const seeded = Date.now();
  const job = await (await fetch(`${base}/v1/screen`, { method: 'POST', headers: auth, body: form })).json();
  for (;;) {
    const state = await (await fetch(`${base}/v1/jobs/${job.id}`, { headers: auth })).json();
    if (state.status === 'complete') break;
    if (state.status === 'failed') throw new Error(`seeding failed: ${state.error}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const queue = await (await fetch(`${base}/v1/queue?limit=1`, { headers: auth })).json();
  console.log(`seeded ${rows.toLocaleString('en')} rows in ${((Date.now() - seeded) / 1000).toFixed(1)} s; ${queue.total.toLocaleString('en')} in the queue`);

  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  await context.addInitScript((token) => {
    sessionStorage.setItem('cordon.token', token);
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.startTime + entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  }, handle.token);

  // Navigation start → the awaited element painted, then the later end of a long task in the 500 ms after.
  async function interactive(page, url, ready) {
    await page.goto(url, { waitUntil: 'commit' });
    const shown = await (await page.waitForFunction(ready, null, { polling: 'raf', timeout: 30_000 })).jsonValue();
    await page.waitForTimeout(500);
    const lastLong = await page.evaluate((until) => Math.max(0, ...window.__longTasks.filter((end) => end <= until)), shown + 500);
    return { shown, tti: Math.max(shown, lastLong) };
  }

  const queueRuns = [];
  const filterRuns = [];
  const scrollRuns = [];
  const caseRuns = [];
  const page = await context.newPage();
  await interactive(page, `${base}/queue`, () => document.querySelector('[data-row-id]') && performance.now()); // warm-up
  for (let i = 0; i < runs; i++) {
    queueRuns.push(await interactive(page, `${base}/queue`, () => document.querySelector('.vbody [data-row-id]') && performance.now()));

    // Filter: from the keystroke to the new count shown (the field waits 200 ms for a pause in typing, included here).
    const before = await page.getByTestId('row-count').innerText();
    const typed = await page.evaluate(() => performance.now());
    await page.locator('#f-text').fill(i % 2 ? 'toluene' : 'piperidone');
    const counted = await (await page.waitForFunction((old) => {
      const text = document.querySelector('[data-testid="row-count"]').textContent;
      return text !== old && !text.startsWith('Loading') && document.querySelector('.vbody [data-row-id]') && performance.now();
    }, before, { polling: 'raf' })).jsonValue();
    filterRuns.push(counted - typed);

    // Scroll to the middle of the whole queue: the rows there are fetched and drawn.
    await page.goto(`${base}/queue`);
    await page.locator('.vbody [data-row-id]').first().waitFor();
    const scrolled = await page.evaluate(() => {
      const body = document.querySelector('.vbody');
      body.scrollTop = body.scrollHeight / 2;
      return performance.now();
    });
    const drawn = await (await page.waitForFunction(() => {
      const body = document.querySelector('.vbody');
      const visible = [...body.querySelectorAll('[data-row-id]')].some((r) => {
        const box = r.getBoundingClientRect();
        const frame = body.getBoundingClientRect();
        return box.top >= frame.top && box.top < frame.bottom;
      });
      return visible && performance.now();
    }, null, { polling: 'raf' })).jsonValue();
    scrollRuns.push(drawn - scrolled);
  }

  const top = (await (await fetch(`${base}/v1/queue?limit=1&text=piperidone`, { headers: auth })).json()).rows[0];
  await interactive(page, `${base}/queue/${top.id}`, () => document.querySelector('section.case') && performance.now()); // warm-up
  for (let i = 0; i < runs; i++) {
    caseRuns.push(await interactive(page, `${base}/queue/${top.id}`, () => {
      const img = document.querySelector('[data-testid="depiction"] img');
      return document.querySelector('section.case [data-testid="evidence"]') && img?.complete && img.naturalWidth > 0 && performance.now();
    }));
  }

  console.log(`queue (${queue.total.toLocaleString('en')} rows): first rows painted ${summary(queueRuns.map((r) => r.shown))}`);
  console.log(`queue time to interactive: ${summary(queueRuns.map((r) => r.tti))}`);
  console.log(`queue filter (keystroke to new count, 200 ms typing pause included): ${summary(filterRuns)}`);
  console.log(`queue scroll to row ${Math.floor(queue.total / 2).toLocaleString('en')}: ${summary(scrollRuns)}`);
  console.log(`case view (evidence and depiction drawn) time to interactive: ${summary(caseRuns.map((r) => r.tti))}`);
} finally {
  await browser?.close();
  handle?.server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
