// The web application in Spanish, page by page, as an admin: a real `cordon serve` on SQLite with the OFAC SDN snapshot as its
// watch list and samples/declarations.csv screened, in headless Debian Chromium. The language is switched in the header; each
// page (Check, Screen, Queue, Case view, Parties, Knowledge base, Overview, Audit, Network, Users) must show its Spanish
// heading and labels, and no label of the interface may still be in English: no heading, label, button, column head, option,
// link or tab, and no placeholder, title or aria-label, may read as an English dictionary string (web/src/i18n) whose Spanish
// differs, nor as one of the strings that were once written into the pages in English. A screenshot of each page is saved
// under artifacts/screenshots/es-*.png.
// Run: node --test tests/browser/web-es.test.mjs   (needs artifacts/cli, web/dist and web/node_modules; see README.md)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, freePort, guardedPage, launchBrowser, leaves, loadDictionaries, root, screenshots, signIn, startServer, webRoot } from './support.mjs';

const watchList = process.env.CORDON_WATCHLIST ?? join(root, '..', 'shared', 'data', 'ofac-sdn-2021');

// Strings that were written into the pages in English rather than taken from the dictionaries; none may come back: echarts'
// own description of a chart, and a watch-list entry's type shown as the list gives it.
const formerlyHardCoded = ['This is a chart', ', entity)', ', individual)'];

// Codes of the API once shown as they are, now named in the UI's language.
const spanishBasis = /^(listada|genérica|análogo)\b/;
const spanishClauseKinds = new Set(['acilo', 'anillo', 'sustituyentes', 'nitrógeno', 'sustitución']);

describe('the web application in Spanish, every page, in Chromium against cordon serve', () => {
  let browser;
  let base;
  let serverHandle;
  let dataDir;
  let page;
  let english;
  let rows;
  const offHost = [];
  const problems = [];

  const api = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method, headers: { authorization: `Bearer ${serverHandle.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return response.json();
  };

  before(async () => {
    assert.ok(existsSync(cli), `no built CLI at ${cli}: run ./cordon --help once`);
    assert.ok(existsSync(join(webRoot, 'index.html')), `no web build at ${webRoot}: cd web && npm ci && npm run build`);
    assert.ok(existsSync(join(watchList, 'sdn.csv')), `no OFAC snapshot at ${watchList} (set CORDON_WATCHLIST)`);
    mkdirSync(screenshots, { recursive: true });
    const { en, es } = await loadDictionaries();
    // The English strings of the interface whose Spanish is another string: seeing one means a label was not translated.
    // Single short words ("ID", "API") and strings with placeholders are left out: they are matched exactly below.
    const spanish = new Map(leaves(es));
    english = new Set(leaves(en).filter(([k, v]) => v !== spanish.get(k) && v.length >= 3 && !v.includes('{{')).map(([, v]) => v.trim()));

    dataDir = mkdtempSync(join(tmpdir(), 'cordon-web-es-test-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    serverHandle = await startServer(dataDir, port, ['--watchlist', watchList]);
    const form = new FormData();
    form.append('file', new Blob([readFileSync(join(root, 'samples', 'declarations.csv'))], { type: 'text/csv' }), 'declarations.csv');
    const submitted = await fetch(`${base}/v1/screen`, { method: 'POST', headers: { authorization: `Bearer ${serverHandle.token}` }, body: form });
    assert.equal(submitted.status, 202);
    const { id: run } = await submitted.json();
    for (let i = 0; ; i++) {
      const job = await api('GET', `/v1/jobs/${run}`);
      if (job.status === 'complete') break;
      assert.notEqual(job.status, 'failed', JSON.stringify(job));
      assert.ok(i < 1800, 'the screening job finished in 3 minutes');
      await new Promise((r) => setTimeout(r, 100));
    }
    rows = (await api('GET', `/v1/jobs/${run}/rows?sort=line&limit=500`)).rows;

    browser = await launchBrowser();
    page = await guardedPage(browser, base, offHost, problems);
    page.setDefaultTimeout(90_000);
    await signIn(page, base, serverHandle.token);
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Consultar una sustancia' }).waitFor();
  });

  after(async () => {
    await browser?.close();
    serverHandle?.server.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  // The labels of the interface on the page now: [what, text] for headings, labels, buttons, column heads, options, links,
  // legends, summaries and terms, and for placeholder, title and aria-label attributes. Data (cells, paragraphs of the server's
  // text) is not a label and is left out, nor are row heads that name data: the case view's declaration (the file's own column
  // names) and a definition's clauses (the knowledge base's).
  const labels = () => page.evaluate(() => {
    const found = [];
    const selector = 'h1, h2, h3, h4, label, button, th, option, a, legend, summary, dt, caption, figcaption, [role="tab"]';
    for (const element of document.querySelectorAll(selector)) {
      if (element.closest('[hidden], [aria-hidden="true"], table.declaration, article.definition tbody')) continue;
      // An element's own words: its text without that of any nested control (a label wraps its input and select).
      const copy = element.cloneNode(true);
      for (const inner of copy.querySelectorAll('select, input, textarea, table, ul, ol')) inner.remove();
      const text = copy.textContent.replace(/\s+/g, ' ').trim();
      if (text) found.push([element.tagName.toLowerCase(), text]);
    }
    for (const name of ['placeholder', 'title', 'aria-label']) {
      for (const element of document.querySelectorAll(`[${name}]`)) found.push([`@${name}`, element.getAttribute(name).trim()]);
    }
    return found;
  });

  // Labels that read as English: exactly an English dictionary string (a trailing colon or ellipsis aside), or containing
  // a string once hard-coded in English.
  async function englishLabels() {
    const trim = (text) => text.replace(/[:…]$/, '').trim();
    return (await labels()).filter(([, text]) => english.has(text) || english.has(trim(text))
      || formerlyHardCoded.some((s) => text.includes(s))).map(([what, text]) => `${what}: ${text}`);
  }

  // Opens <link> from the navigation, waits for its Spanish heading, lets <prepare> fill the page, then checks the labels.
  async function visit(name, link, heading, prepare) {
    if (link) {
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
    }
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await prepare?.();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    await page.screenshot({ path: join(screenshots, `es-${name}.png`), fullPage: true });
    if (process.env.CORDON_DUMP_LABELS) console.log(name, JSON.stringify(await labels()));
    assert.deepEqual(await englishLabels(), [], `English labels on the ${name} page in Spanish`);
  }

  it('check: a substance checked, with its findings and depictions', async () => {
    await visit('check', 'Consultar', 'Consultar una sustancia', async () => {
      await page.getByLabel('Nombre, número CAS o SMILES').fill('fentanyl');
      await page.getByRole('button', { name: 'Consultar', exact: true }).click();
      await page.getByTestId('status').waitFor();
      await page.getByTestId('finding-depiction').first().waitFor();
    });
    // How the query was read, and each finding's basis, in Spanish.
    assert.equal(await page.locator('dt', { hasText: 'Leído como' }).locator('xpath=following-sibling::dd[1]').innerText(), 'nombre');
    const bases = await page.locator('tr[data-jurisdiction] > td:nth-child(4)').allInnerTexts();
    assert.ok(bases.length > 0, 'the findings table has rows');
    assert.deepEqual(bases.filter((b) => !spanishBasis.test(b)), [], 'bases not in Spanish');
  });

  it('screen: the upload form and the screened file', async () => {
    await visit('screen', 'Cribado', 'Cribar declaraciones', async () => {
      await page.getByText('declarations.csv').first().waitFor();
    });
  });

  it('queue: the rows to review, with their filters', async () => {
    await visit('queue', 'Cola', 'Cola de revisión', async () => {
      await page.getByRole('heading', { name: 'Filtros' }).waitFor();
      await page.getByTestId('rows').locator('.vrow').first().waitFor();
    });
    // The findings column names each basis in Spanish ("CA: Fentanyl (listada)").
    const rowsText = await page.getByTestId('rows').innerText();
    assert.match(rowsText, /\(listada\)/);
    assert.doesNotMatch(rowsText, /\((listed|generic|analogue)\)/);
  });

  it('case view: a controlled row with its evidence, parties and history', async () => {
    const npp = rows.find((r) => r.line === 4);
    assert.ok(npp, 'the sample\'s NPP row');
    await page.goto(`${base}/queue/${npp.id}`);
    await visit('case', null, new RegExp(`^Caso: línea ${npp.line}`), async () => {
      await page.getByRole('heading', { name: /^\d+ pruebas?$/ }).waitFor();
    });
    // What each clause of a definition acts on, in Spanish.
    const kinds = (await page.locator('ol.clauses > li > .hint').allInnerTexts()).map((k) => k.replace(/[()]/g, ''));
    assert.ok(kinds.length > 0, 'the NPP row cites a generic definition with clauses');
    assert.deepEqual(kinds.filter((k) => !spanishClauseKinds.has(k)), [], 'clause kinds not in Spanish');
  });

  it('parties: a watch-list search and its matches', async () => {
    await visit('parties', 'Partes', 'Buscar una parte', async () => {
      await page.getByLabel('Nombre', { exact: true }).fill('Shanghai Boyle Chemical Co., Ltd');
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      await page.getByTestId('tier').first().waitFor();
    });
    // The entry's type and the kind of the name that matched, in Spanish.
    const card = page.locator('article.match').first();
    assert.match(await card.locator('h3 .hint').innerText(), /, entidad\)$/);
    assert.match(await card.locator('p').first().innerText(), /\((también conocido como|nombre principal)\)/);
    // The score pieces are named in Spanish (the model's feature name kept in data-feature).
    const pieces = await card.locator('table.pieces tbody th').evaluateAll((ths) => ths.map((th) => [th.dataset.feature, th.textContent]));
    assert.ok(pieces.length > 0);
    assert.deepEqual(pieces.filter(([code, text]) => text === code.replace(/_/g, ' ') || text === code), [],
      'score pieces not named in Spanish');
    assert.ok(pieces.some(([code, text]) => code === 'weak_alias' && text === 'alias débil'));
  });

  it('knowledge base: lists, substances and definitions', async () => {
    await visit('kb', 'Base de conocimiento', 'Base de conocimiento', async () => {
      await page.getByRole('heading', { name: 'Sustancias listadas' }).waitFor();
      await page.locator('article.definition table.clauses tbody tr').first().waitFor();
    });
    const kinds = await page.locator('article.definition table.clauses tbody tr > td:nth-of-type(2)').allInnerTexts();
    assert.ok(kinds.length > 0, 'the definitions list their clauses');
    assert.deepEqual(kinds.filter((k) => !spanishClauseKinds.has(k) && k !== '—'), [], 'clause kinds not in Spanish');
  });

  it('overview: the charts of the team\'s work', async () => {
    await visit('overview', 'Resumen', 'Resumen', async () => {
      await page.locator('.chart-card svg').first().waitFor();
    });
    // echarts describes each chart in Spanish (the English description it would make is refused above).
    const described = await page.locator('.chart-card [aria-label^="Gráfico de barras: "]').count();
    assert.equal(described, await page.locator('.chart-card').count(), 'every chart has a Spanish description');
  });

  it('audit: the log of changes', async () => {
    await visit('audit', 'Auditoría', 'Registro de auditoría', async () => {
      await page.locator('table tbody tr').first().waitFor();
    });
  });

  it('network: a case\'s shipper and consignee in the supplier network', async () => {
    const row = rows.find((r) => r.line === 4);
    await page.goto(`${base}/network?row=${row.id}`);
    await visit('network', null, 'Red de proveedores', async () => {
      await page.getByTestId('graph-counts').waitFor();
    });
  });

  it('users: the team\'s users, for an admin', async () => {
    await visit('users', 'Usuarios', 'Usuarios', async () => {
      await page.getByRole('cell', { name: 'admin', exact: true }).first().waitFor();
    });
  });

  it('never requested anything from another host, and logged no page error', () => {
    assert.deepEqual(offHost, []);
    assert.deepEqual(problems, []);
  });
});
