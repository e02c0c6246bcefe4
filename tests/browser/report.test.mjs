// The `cordon screen --format html` report as a person sees it, in headless Debian Chromium.
// Run: CORDON_REPORT=/path/report.html node --test tests/browser/   (see README.md)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const report = process.env.CORDON_REPORT;
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

describe('HTML report in Chromium', () => {
  let browser;
  let page;
  const problems = [];

  before(async () => {
    // Failing, not skipping: a missing report must not pass as a green run.
    assert.ok(report, 'set CORDON_REPORT to the report written by `cordon screen ... --format html --out "$CORDON_REPORT"`');
    assert.ok(existsSync(report), `no report at ${report}`);
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    // Sorting a report of thousands of rows re-lays out the whole table; Playwright's 30 s default is too tight for that.
    page.setDefaultTimeout(300_000);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Self-contained means nothing but the file itself (and data: URLs) is ever fetched.
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('file:') && !url.startsWith('data:')) problems.push(`external request: ${url}`);
    });
    await page.goto(pathToFileURL(resolve(report)).href, { waitUntil: 'load', timeout: 300_000 });
  });

  after(async () => {
    await browser?.close();
  });

  it('shows the summary above the table, with counts that match the rows', async () => {
    const summary = page.locator('#summary');
    assert.ok(await summary.isVisible(), 'summary is not visible');
    const summaryBox = await summary.boundingBox();
    const tableBox = await page.locator('#results').boundingBox();
    assert.ok(summaryBox.y + summaryBox.height <= tableBox.y + 1,
      `summary (y ${summaryBox.y}..${summaryBox.y + summaryBox.height}) is not above the table (y ${tableBox.y})`);

    const { counts, rows } = await page.evaluate(() => {
      const counts = {};
      for (const element of document.querySelectorAll('#summary [id^="count-"]')) {
        counts[element.id] = Number(element.textContent.trim());
      }
      const rows = [...document.querySelectorAll('#results tbody tr')].map((tr) => ({
        status: tr.dataset.status, risk: tr.dataset.risk,
      }));
      return { counts, rows };
    });
    assert.ok(rows.length > 0, 'the table has no rows');
    assert.equal(counts['count-total'], rows.length, 'count-total');
    for (const status of ['controlled', 'suspect', 'clear', 'unresolved', 'error']) {
      assert.equal(counts[`count-status-${status}`], rows.filter((r) => r.status === status).length, `count-status-${status}`);
    }
    for (const risk of ['high', 'medium', 'low', 'none']) {
      assert.equal(counts[`count-risk-${risk}`], rows.filter((r) => r.risk === risk).length, `count-risk-${risk}`);
    }
  });

  it('makes every evidence highlight visible, with its explanation', async () => {
    const { marks, hidden, untitled, hits } = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('mark.ev')];
      const isHidden = (element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return box.width === 0 || box.height === 0 || style.visibility !== 'visible' || Number(style.opacity) === 0
          || style.backgroundColor === 'rgba(0, 0, 0, 0)';
      };
      return {
        marks: marks.length,
        hidden: marks.filter(isHidden).map((m) => `row ${m.closest('tr').dataset.row}: ${m.textContent}`),
        untitled: marks.filter((m) => !m.title.trim()).length,
        hits: document.querySelectorAll('#results tr[data-status="controlled"], #results tr[data-status="suspect"]').length,
      };
    });
    if (hits > 0) assert.ok(marks > 0, `${hits} controlled or suspect rows but no highlighted evidence`);
    assert.deepEqual(hidden, [], 'highlights that cannot be seen');
    assert.equal(untitled, 0, 'highlights without an explanation');
  });

  it('draws the structures', async () => {
    // A drawing is defined once (<symbol>) and every depiction shows it through <use>: a use that
    // points nowhere would be an empty box.
    const { drawn, broken } = await page.evaluate(() => {
      const svgs = [...document.querySelectorAll('#results td.structures svg')];
      const painted = (svg) => {
        const box = svg.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        const use = svg.querySelector('use');
        if (!use) return svg.querySelector('path, ellipse, text') !== null;
        const target = document.querySelector(use.getAttribute('href'));
        const inner = use.getBBox();
        return target !== null && inner.width > 0 && inner.height > 0;
      };
      return {
        drawn: svgs.filter(painted).length,
        broken: svgs.filter((svg) => !painted(svg)).map((svg) => `row ${svg.closest('tr').dataset.row}`),
      };
    });
    assert.ok(drawn > 0, 'no structure depiction with a non-zero size');
    assert.deepEqual(broken, [], 'depictions that draw nothing');
  });

  it('keeps the column headers in view while scrolling', async () => {
    const tall = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight * 2);
    if (!tall) return;
    const top = await page.evaluate(() => {
      const table = document.getElementById('results');
      window.scrollTo(0, table.offsetTop + table.offsetHeight / 2);
      return document.querySelector('#results thead th').getBoundingClientRect().top;
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.ok(Math.abs(top) <= 1, `header is at ${top}px after scrolling, not pinned to the top`);
  });

  it('sorts by score, descending then ascending, when its header is clicked', async () => {
    const scores = () => page.$$eval('#results tbody tr', (rows) => rows.map((tr) => Number(tr.dataset.score)));
    const rowCount = (await scores()).length;
    const header = page.locator('#results thead th[data-key="score"]');

    await header.click();
    const descending = await scores();
    assert.equal(descending.length, rowCount);
    assert.ok(descending.every((s, i) => i === 0 || descending[i - 1] >= s), `not descending: ${descending.slice(0, 20)}`);
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    // The screenshot shows the heaviest rows first, which is how an analyst reads it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${report}.png` });

    await header.click();
    const ascending = await scores();
    assert.ok(ascending.every((s, i) => i === 0 || ascending[i - 1] <= s), `not ascending: ${ascending.slice(0, 20)}`);
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  });

  it('sorts risk high to low, and row back to input order', async () => {
    const rank = { high: 3, medium: 2, low: 1, none: 0 };
    await page.locator('#results thead th[data-key="risk"]').click();
    const risks = await page.$$eval('#results tbody tr', (rows) => rows.map((tr) => tr.dataset.risk));
    assert.ok(risks.every((r, i) => i === 0 || rank[risks[i - 1]] >= rank[r]), `risk not high to low: ${risks.slice(0, 20)}`);

    const row = page.locator('#results thead th[data-key="row"]');
    await row.click(); // not the current sort: its first direction, ascending
    const numbers = await page.$$eval('#results tbody tr', (rows) => rows.map((tr) => Number(tr.dataset.row)));
    assert.ok(numbers.every((n, i) => i === 0 || numbers[i - 1] <= n), 'row order not restored');
  });

  it('runs only its own script, logs no console errors and fetches nothing from outside', async () => {
    // A description with markup in it must show as text, never become an element.
    assert.equal(await page.evaluate(() => document.scripts.length), 1, 'scripts in the page besides the report\'s own');
    assert.deepEqual(problems, []);
  });
});
