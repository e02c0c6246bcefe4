// The `cordon screen --format html` report as a person sees it, in headless Debian Chromium.
// Run: CORDON_REPORT=/path/report.html node --test tests/browser/   (see README.md)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, launchBrowser, root } from './support.mjs';

const report = process.env.CORDON_REPORT;

// The rows of a CSV file as objects by header (quoted fields may hold commas, doubled quotes and line breaks); written here so
// that what the report should show is read from the file itself, not from the report.
function readCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') { quoted = false; } else { field += c; }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      record.push(field); field = '';
    } else if (c === '\n') {
      record.push(field.replace(/\r$/, '')); records.push(record); record = []; field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length) { record.push(field); records.push(record); }
  const [header, ...rows] = records;
  return rows.map((cells, i) => ({ row: i + 1, ...Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])) }));
}

describe('HTML report in Chromium', () => {
  let browser;
  let page;
  const problems = [];

  before(async () => {
    // Failing, not skipping: a missing report must not pass as a green run.
    assert.ok(report, 'set CORDON_REPORT to the report written by `cordon screen ... --format html --out "$CORDON_REPORT"`');
    assert.ok(existsSync(report), `no report at ${report}`);
    browser = await launchBrowser();
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
      // The rows of the page shown (paging hides the rest).
      const marks = [...document.querySelectorAll('#results tbody tr:not([hidden]) mark.ev')];
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
        hits: document.querySelectorAll('#results tr:not([hidden])[data-status="controlled"], #results tr:not([hidden])[data-status="suspect"]').length,
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
      const svgs = [...document.querySelectorAll('#results tbody tr:not([hidden]) td.structures svg')];
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

  // The rows the page shows now, and the pager's words.
  const shown = () => page.$$eval('#results tbody tr:not([hidden])', (rows) => rows.map((tr) => ({
    row: Number(tr.dataset.row), status: tr.dataset.status, risk: tr.dataset.risk, text: tr.textContent.normalize('NFKC').toLowerCase(),
  })));
  const pagerText = () => page.locator('#page-info').innerText();
  async function reset() {
    await page.locator('#filter-text').fill('');
    await page.locator('#filter-status').selectOption('');
    await page.locator('#filter-risk').selectOption('');
    await page.locator('#filter-chapter').selectOption('');
    await page.locator('#page-size').selectOption('50');
  }
  // The text of the cell under the header with <key>, in every row shown.
  const column = (key) => page.evaluate((k) => {
    const index = document.querySelector(`#results thead th[data-key="${k}"]`).cellIndex;
    return [...document.querySelectorAll('#results tbody tr:not([hidden])')].map((tr) => tr.cells[index].textContent);
  }, key);

  it('pages the table, and the pager says where the reader is', async () => {
    const total = await page.locator('#results tbody tr').count();
    await page.locator('#page-size').selectOption('10');
    let rows = await shown();
    assert.equal(rows.length, Math.min(10, total));
    assert.match(await pagerText(), new RegExp(`^rows 1\\u2013${rows.length} of ${total}`));
    assert.ok(await page.locator('#page-prev').isDisabled(), 'no page before the first');
    if (total > 10) {
      const first = rows.map((r) => r.row);
      await page.locator('#page-next').click();
      rows = await shown();
      assert.ok(rows.every((r) => !first.includes(r.row)), 'the next page shows other rows');
      assert.match(await pagerText(), /^rows 11\u2013/);
      assert.ok(!(await page.locator('#page-prev').isDisabled()));
    }
    await page.locator('#page-size').selectOption('0');
    assert.equal((await shown()).length, total, 'all shows every row');
    await reset();
  });

  it('filters by status and risk, and searches the text (any case, full-width forms folded)', async () => {
    await page.locator('#page-size').selectOption('0');
    const counts = await page.evaluate(() => ({
      controlled: Number(document.getElementById('count-status-controlled').textContent),
      high: Number(document.getElementById('count-risk-high').textContent),
    }));
    await page.locator('#filter-status').selectOption('controlled');
    let rows = await shown();
    assert.equal(rows.length, counts.controlled);
    assert.ok(rows.every((r) => r.status === 'controlled'));
    await page.locator('#filter-status').selectOption('');
    await page.locator('#filter-risk').selectOption('high');
    rows = await shown();
    assert.equal(rows.length, counts.high);
    assert.ok(rows.every((r) => r.risk === 'high'));
    await page.locator('#filter-risk').selectOption('');

    const all = await page.$$eval('#results tbody tr', (trs) => trs.map((tr) => tr.textContent.normalize('NFKC').toLowerCase()));
    const word = 'piperidone';
    const expected = all.filter((t) => t.includes(word)).length;
    assert.ok(expected > 0, `the report has rows mentioning ${word}`);
    // Typed in full-width capitals, it still finds them.
    await page.locator('#filter-text').fill('\uFF30\uFF29\uFF30\uFF25\uFF32\uFF29\uFF24\uFF2F\uFF2E\uFF25');
    await page.waitForFunction((n) => document.querySelectorAll('#results tbody tr:not([hidden])').length === n, expected);
    rows = await shown();
    assert.ok(rows.every((r) => r.text.includes(word)));
    assert.match(await pagerText(), new RegExp(`of ${expected} \\(${all.length} in the report\\)`));
    await page.screenshot({ path: `${report}.search.png` });

    await page.locator('#filter-text').fill('no declaration says this 7f3a9');
    await page.locator('#no-rows').waitFor();
    assert.equal((await shown()).length, 0);
    await reset();
    await page.waitForFunction(() => document.querySelectorAll('#results tbody tr:not([hidden])').length > 0);
  });

  it('shows each declaration\'s HS code, quantity, shipper, consignee and route as the file gives them', async (t) => {
    if (!report.endsWith('declarations.html')) { t.skip('compared with samples/declarations.csv: the report is not of it'); return; }
    const sample = readCsv(readFileSync(join(root, 'samples', 'declarations.csv'), 'utf8'));
    await page.locator('#page-size').selectOption('0');
    assert.deepEqual(await column('hs'), sample.map((r) => r.hs_code));
    assert.deepEqual(await column('quantity'), sample.map((r) => r.quantity));
    assert.deepEqual(await column('shipper'), sample.map((r) => r.shipper));
    assert.deepEqual(await column('consignee'), sample.map((r) => r.consignee));
    assert.deepEqual(await column('route'), sample.map((r) => `${r.origin} → ${r.destination}${r.port_of_loading} → ${r.port_of_discharge}`));
    await reset();
  });

  it('searches by shipper and filters by HS chapter, alone and together', async (t) => {
    if (!report.endsWith('declarations.html')) { t.skip('compared with samples/declarations.csv: the report is not of it'); return; }
    const sample = readCsv(readFileSync(join(root, 'samples', 'declarations.csv'), 'utf8'));
    const rowsOf = (list) => list.map((r) => r.row);
    const settled = (rows) => page.waitForFunction((want) => {
      const shown = [...document.querySelectorAll('#results tbody tr:not([hidden])')].map((tr) => Number(tr.dataset.row));
      return shown.length === want.length && shown.every((n, i) => n === want[i]);
    }, rows);
    await page.locator('#page-size').selectOption('0');

    // A shipper's name, typed in another case, finds that shipper's declarations and no other.
    const shipper = 'Wuhan Sunrise Biotech';
    const byShipper = sample.filter((r) => r.shipper.includes(shipper));
    assert.equal(byShipper.length, 1, `${shipper} ships one declaration of the sample`);
    await page.locator('#filter-text').fill(shipper.toUpperCase());
    await settled(rowsOf(byShipper));
    assert.deepEqual((await shown()).map((r) => r.row), rowsOf(byShipper));
    assert.deepEqual(await column('shipper'), byShipper.map((r) => r.shipper));

    // A consignee who buys from two shippers.
    const consignee = 'Comercializadora Jalisco';
    const byConsignee = sample.filter((r) => r.consignee.includes(consignee));
    assert.ok(byConsignee.length >= 2);
    await page.locator('#filter-text').fill(consignee);
    await settled(rowsOf(byConsignee));
    await page.locator('#filter-text').fill('');

    // The chapter filter offers the sample's chapters with their counts; chapter 29 shows its rows only.
    const chapters = [...new Set(sample.map((r) => r.hs_code.slice(0, 2)))].sort();
    const options = await page.locator('#filter-chapter option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
    assert.deepEqual(options, [['', 'any'], ...chapters.map((c) => [c, `${c} (${sample.filter((r) => r.hs_code.startsWith(c)).length})`])]);
    const organic = sample.filter((r) => r.hs_code.startsWith('29'));
    await page.locator('#filter-chapter').selectOption('29');
    await settled(rowsOf(organic));
    assert.ok((await column('hs')).every((code) => code.startsWith('29')));
    assert.match(await pagerText(), new RegExp(`^rows 1\\u2013${organic.length} of ${organic.length} \\(${sample.length} in the report\\)`));

    // Together: chapter 29 shipped from Shanghai (by shipper or port of loading), ten a page.
    const fromShanghai = organic.filter((r) => /shanghai/i.test(`${r.shipper} ${r.port_of_loading}`));
    assert.ok(fromShanghai.length >= 2);
    await page.locator('#filter-text').fill('shanghai');
    await settled(rowsOf(fromShanghai));
    await page.screenshot({ path: `${report}.chapter.png` });
    const miscellaneous = sample.filter((r) => r.hs_code.startsWith('38') && /shanghai/i.test(`${r.shipper} ${r.port_of_loading}`));
    assert.ok(miscellaneous.length >= 1);
    await page.locator('#filter-chapter').selectOption('38');
    await settled(rowsOf(miscellaneous));
    await reset();
  });

  it('draws Chinese with the bundled font, embedded in the page', async () => {
    const chinese = await page.evaluate(async () => {
      const cell = [...document.querySelectorAll('#results tbody td.description')].find((td) => /[\u4e00-\u9fff]/.test(td.textContent));
      if (!cell) return null;
      await document.fonts.ready;
      const text = cell.textContent.match(/[\u4e00-\u9fff]+/)[0];
      await document.fonts.load(`16px "Noto Sans SC"`, text);
      return {
        loaded: [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded').length,
        covered: document.fonts.check(`16px "Noto Sans SC"`, text),
        family: getComputedStyle(cell).fontFamily,
      };
    });
    if (chinese === null) return; // a report with no Chinese carries no font
    assert.ok(chinese.loaded > 0, 'a bundled Noto Sans SC slice was loaded');
    assert.ok(chinese.covered, 'the embedded slices cover the Chinese text');
    assert.match(chinese.family, /Noto Sans SC/);
  });

  it('runs only its own script, logs no console errors and fetches nothing from outside', async () => {
    // A description with markup in it must show as text, never become an element.
    assert.equal(await page.evaluate(() => document.scripts.length), 1, 'scripts in the page besides the report\'s own');
    assert.deepEqual(problems, []);
  });
});

// A report of 2,000 declarations stays usable: one page of rows is laid out, and search and filters answer at once. The file is
// the sample declarations repeated under new ids, screened by the built CLI.
describe('HTML report of 2,000 rows in Chromium', () => {
  let browser;
  let page;
  let folder;
  const rows = 2000;

  before(async () => {
    assert.ok(existsSync(cli), `no built CLI at ${cli}: run ./cordon --help once`);
    folder = mkdtempSync(join(tmpdir(), 'cordon-report-2000-'));
    // A record starts at its id (one description holds a line break inside its quotes).
    const [header, ...lines] = readFileSync(join(root, 'samples', 'declarations.csv'), 'utf8').trim().split(/\n(?=DEC-\d)/);
    const body = Array.from({ length: rows }, (_, i) => lines[i % lines.length].replace(/^[^,]*/, `BIG-${String(i + 1).padStart(4, '0')}`));
    writeFileSync(join(folder, 'big.csv'), [header, ...body].join('\n') + '\n');
    const out = join(folder, 'big.html');
    const screened = spawnSync(cli, ['screen', join(folder, 'big.csv'), '--format', 'html', '--out', out], { encoding: 'utf8', timeout: 600_000 });
    assert.ok(existsSync(out), `cordon screen wrote no report (exit ${screened.status}): ${screened.stderr}`);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(120_000);
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load', timeout: 300_000 });
  });

  after(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('shows one page of 50 rows of 2,000, a few screens tall rather than hundreds of thousands of pixels', async (t) => {
    assert.equal(await page.locator('#results tbody tr').count(), rows);
    assert.equal(await page.locator('#results tbody tr:not([hidden])').count(), 50);
    assert.match(await page.locator('#page-info').innerText(), /^rows 1\u201350 of 2000, page 1 of 40$/);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    t.diagnostic(`page height ${height} px`);
    assert.ok(height < 20_000, `the page is ${height} px tall`);
    await page.screenshot({ path: join(root, 'artifacts', 'report-2000.png') });
  });

  // Speed is printed, not asserted (a loaded machine is no benchmark): this test holds the answers over all 2,000 rows.
  it('answers a search, the risk and chapter filters and a shipper search over all 2,000 rows', async (t) => {
    const timed = async (act, settled) => {
      const started = Date.now();
      await act();
      await page.waitForFunction(settled);
      return Date.now() - started;
    };
    const search = await timed(() => page.locator('#filter-text').fill('piperidone'),
      () => /of \d+ \(2000 in the report\)/.test(document.getElementById('page-info').textContent));
    const matched = await page.$$eval('#results tbody tr:not([hidden])', (trs) => trs.every((tr) => /piperidone/i.test(tr.textContent)));
    assert.ok(matched, 'every row shown mentions piperidone');
    await page.locator('#filter-text').fill('');
    const filter = await timed(() => page.locator('#filter-risk').selectOption('high'),
      () => [...document.querySelectorAll('#results tbody tr:not([hidden])')].every((tr) => tr.dataset.risk === 'high'));
    await page.locator('#filter-risk').selectOption('');
    const chapter = await timed(() => page.locator('#filter-chapter').selectOption('29'),
      () => { const shown = [...document.querySelectorAll('#results tbody tr:not([hidden])')]; return shown.length === 50 && shown.every((tr) => tr.dataset.chapter === '29'); });
    const shipper = await timed(() => page.locator('#filter-text').fill('wuhan sunrise'),
      () => /^rows 1\u2013\d+ of \d+ \(2000 in the report\)/.test(document.getElementById('page-info').textContent)
        && [...document.querySelectorAll('#results tbody tr:not([hidden])')].every((tr) => /Wuhan Sunrise/.test(tr.textContent)));
    t.diagnostic(`search ${search} ms (with its 120 ms debounce), risk filter ${filter} ms, chapter filter ${chapter} ms, shipper search in chapter 29 ${shipper} ms`);
  });
});
