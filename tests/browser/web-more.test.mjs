// The web application's Overview, Parties, Knowledge base and Audit pages and the Check page's depictions, as analysts,
// supervisors and viewers use them: a real `cordon serve` on SQLite with the OFAC SDN snapshot as its watch list, in headless
// Debian Chromium. Run: node --test tests/browser/web-more.test.mjs   (needs artifacts/cli and web/dist; see README.md)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, freePort, guardedPage, launchBrowser, noSeriousViolations, root, screenshots, signIn, startServer, webRoot } from './support.mjs';

const watchList = process.env.CORDON_WATCHLIST ?? join(root, '..', 'shared', 'data', 'ofac-sdn-2021');

// Lines 2 and 5: listed precursors shipped by one shipper; line 3 ordinary goods; line 4 a listed solvent.
const declarations = `declaration_id,shipper,consignee,hs_code,goods_description
W-1,Alpha Fine Chemicals,Beta Pharma Imports,2933.37,"N-Phenethyl-4-piperidone (NPP), CAS 39742-60-4, 100 kg"
W-2,Delta Textiles,Epsilon Retail,6109.10,"Cotton t-shirts, 400 cartons"
W-3,Zeta Solvents,Eta Coatings,2914.11,"Acetone 200 L"
W-4,Alpha Fine Chemicals,Kappa Labs,2933.39,"4-Piperidone HCl H2O 99%, 25 kg drums"
`;

const party = 'Shanghai Boyle Chemical Co., Ltd';

describe('overview, parties, knowledge base and audit in Chromium against cordon serve', () => {
  let browser;
  let base;
  let serverHandle;
  let dataDir;
  const tokens = {};
  const offHost = [];
  const problems = [];

  const api = async (token, method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text() };
  };

  // A user of the default team with a key of that role.
  async function user(name, role) {
    const created = await api(serverHandle.token, 'POST', '/v1/users', { name, role });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const key = await api(serverHandle.token, 'POST', '/v1/keys', { label: 'browser test', role, user_id: created.body.id });
    assert.equal(key.status, 201);
    return key.body.token;
  }

  before(async () => {
    assert.ok(existsSync(cli), `no built CLI at ${cli}: run ./cordon --help once`);
    assert.ok(existsSync(join(webRoot, 'index.html')), `no web build at ${webRoot}: cd web && npm ci && npm run build`);
    assert.ok(existsSync(join(watchList, 'sdn.csv')), `no OFAC snapshot at ${watchList} (set CORDON_WATCHLIST)`);
    mkdirSync(screenshots, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'cordon-web-more-test-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    serverHandle = await startServer(dataDir, port, ['--watchlist', watchList]);
    tokens.analyst = await user('ana', 'analyst');
    tokens.supervisor = await user('sue', 'supervisor');
    tokens.viewer = await user('vic', 'viewer');

    // A screened file and one disposition, so the overview and the audit log have something to show.
    const form = new FormData();
    form.append('file', new Blob([declarations], { type: 'text/csv' }), 'web-more.csv');
    const submitted = await fetch(`${base}/v1/screen`, { method: 'POST', headers: { authorization: `Bearer ${tokens.analyst}` }, body: form });
    assert.equal(submitted.status, 202);
    const { id: run } = await submitted.json();
    for (let i = 0; ; i++) {
      const job = await api(tokens.analyst, 'GET', `/v1/jobs/${run}`);
      if (job.body.status === 'complete') break;
      assert.notEqual(job.body.status, 'failed', JSON.stringify(job.body));
      assert.ok(i < 1200, 'the screening job finished');
      await new Promise((r) => setTimeout(r, 100));
    }
    const rows = (await api(tokens.analyst, 'GET', `/v1/jobs/${run}/rows?sort=line`)).body.rows;
    const npp = rows.find((r) => r.line === 2);
    assert.equal((await api(tokens.analyst, 'POST', `/v1/rows/${npp.id}/disposition`, { disposition: 'held', note: 'browser test', version: npp.version })).status, 200);

    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    serverHandle?.server.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const newPage = (expectedConsole, options) => guardedPage(browser, base, offHost, problems, expectedConsole, options);

  async function open(page, token, link, heading) {
    await signIn(page, base, token);
    await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  it('draws the checked structure with each finding’s matched atoms highlighted, through an img', async () => {
    const page = await newPage();
    await signIn(page, base, tokens.viewer);
    await page.locator('#query').fill('fentanyl');
    await page.locator('.jurisdictions input[value="US"]').check();
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/check'));
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const [result] = (await (await answered).json()).results;
    const figure = page.getByTestId('finding-depiction').first();
    await figure.locator('img[src^="data:image/svg+xml"]').waitFor();
    const atoms = result.findings.find((f) => f.matched_atoms.length > 0).matched_atoms;
    const src = await figure.locator('img').getAttribute('src');
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    assert.match(svg, /<svg[\s>]/);
    // RDKit draws one filled ellipse in the highlight colour per highlighted atom.
    assert.equal((svg.match(/<ellipse[^>]*#FF7F7F/g) ?? []).length, new Set(atoms).size);
    assert.match(await figure.locator('figcaption').innerText(), /US · Fentanyl/i);
    assert.equal(await page.locator('.depictions svg').count(), 0, 'the SVG is never put into the page itself');
    await noSeriousViolations(page, 'check with depiction');
    await page.screenshot({ path: join(screenshots, 'check-depiction.png'), fullPage: true });
    await page.context().close();
  });

  it('searches a party with its country, shows the score pieces, clears with a required reason, and a supervisor revokes', async () => {
    const page = await newPage();
    await open(page, tokens.analyst, 'Parties', 'Search a party');
    await page.locator('#party-name').fill(party);
    await page.locator('#party-country').fill('CN');
    await page.locator('#party-type').selectOption('company');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const card = page.locator('article.match', { hasText: 'BOYLE CHEMICAL' }).first();
    await card.waitFor();
    assert.ok(Number(await card.getByTestId('score').innerText()) >= 0.7, 'scored at review level or above');
    assert.ok(await card.locator('table.pieces tbody tr').count() > 0, 'the score pieces are shown');
    assert.ok(await card.locator('ul.explanation li').count() > 0, 'the explanation is shown');
    assert.match(await card.innerText(), /SDNTK/);
    assert.equal(await card.getByRole('button', { name: 'Revoke the clearance…' }).count(), 0, 'an analyst is not offered revoke');
    await noSeriousViolations(page, 'parties (matches)');
    await page.screenshot({ path: join(screenshots, 'parties-matches.png'), fullPage: true });

    // No reason, no clearance; then with a reason it is recorded and shown as the server has it.
    await card.getByRole('button', { name: 'Clear this match…' }).click();
    await card.getByRole('button', { name: 'Record the clearance' }).click();
    await card.getByRole('alert').filter({ hasText: 'A reason is required.' }).waitFor();
    await card.getByLabel('Why this party is not the entry').fill('Different company: Shanghai registration number does not match');
    const cleared = page.waitForResponse((r) => r.url().endsWith('/v1/parties/clearances') && r.request().method() === 'POST');
    await card.getByRole('button', { name: 'Record the clearance' }).click();
    assert.equal((await cleared).status(), 200);
    await page.locator('article.match[data-cleared="true"]').first().waitFor();
    assert.match(await page.locator('article.match[data-cleared="true"]').first().getByTestId('cleared').innerText(), /Cleared by ana/);
    await page.locator('table.clearances tr[data-status="cleared"]', { hasText: 'registration number' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'parties-cleared.png'), fullPage: true });

    // It stays after a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Search a party' }).waitFor();
    await page.locator('table.clearances tr[data-status="cleared"]', { hasText: 'registration number' }).waitFor();
    await page.context().close();

    const supervisor = await newPage();
    await open(supervisor, tokens.supervisor, 'Parties', 'Search a party');
    await supervisor.locator('#party-name').fill(party);
    await supervisor.locator('#party-country').fill('CN');
    await supervisor.getByRole('button', { name: 'Search', exact: true }).click();
    const clearedCard = supervisor.locator('article.match[data-cleared="true"]').first();
    await clearedCard.getByRole('button', { name: 'Revoke the clearance…' }).click();
    await clearedCard.getByLabel('Why the clearance is revoked').fill('New evidence links the two companies');
    await clearedCard.getByRole('button', { name: 'Revoke', exact: true }).click();
    await supervisor.getByRole('status').filter({ hasText: 'is revoked' }).waitFor();
    await supervisor.locator('table.clearances tr[data-status="revoked"]', { hasText: 'New evidence' }).waitFor();
    assert.equal(await supervisor.locator('article.match[data-cleared="true"]').count(), 0, 'the pair alerts again');
    await noSeriousViolations(supervisor, 'parties (revoked)');
    await supervisor.screenshot({ path: join(screenshots, 'parties-revoked.png'), fullPage: true });
    await supervisor.context().close();
  });

  it('browses the knowledge base: coverage and amendments per list, a substance with its structure, class definitions clause by clause', async () => {
    const page = await newPage();
    await open(page, tokens.viewer, 'Knowledge base', 'Knowledge base');
    const lists = page.locator('table.lists tbody tr');
    await lists.first().waitFor();
    assert.ok(await lists.count() >= 5, 'every list is shown');
    assert.ok(await page.locator('table.lists a[href^="https://"]').count() > 0, 'latest amendments link the official text');

    await page.locator('#kb-jurisdiction').selectOption('US');
    await page.locator('#kb-q').fill('437-38-7');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.locator('table.substances tr[data-id="us.schedule-ii.fentanyl"]').waitFor();
    await page.locator('table.substances tr[data-id="us.schedule-ii.fentanyl"]').getByRole('button').click();
    const detail = page.locator('.substance-detail[data-id="us.schedule-ii.fentanyl"]');
    await detail.locator('img[src^="data:image/svg+xml"]').waitFor();
    const text = await detail.innerText();
    assert.match(text, /437-38-7/);
    assert.match(text, /21 CFR 1308\.12/);
    assert.match(await detail.locator('a').first().getAttribute('href'), /^https:\/\//);

    // The US class definitions: the legal text, its clauses and examples.
    const definition = page.locator('article.definition[data-kind="generic_definition"]').first();
    await definition.waitFor();
    assert.ok((await definition.locator('.legal-text').innerText()).length > 40, 'the legal text is shown verbatim');
    assert.ok(await definition.locator('table.clauses tbody tr').count() > 0, 'clause by clause');
    // This server has loaded one version only: "What changed" says so and offers no comparison.
    await page.locator('section.kb-changes p.hint').waitFor();
    assert.match(await page.locator('section.kb-changes').innerText(), /loaded one version so far/);
    assert.equal(await page.locator('#kb-changes-from').count(), 0);
    await noSeriousViolations(page, 'knowledge base');
    await page.screenshot({ path: join(screenshots, 'kb.png'), fullPage: true });

    // China: the lists in Chinese, drawn with the bundled font.
    await page.locator('#kb-jurisdiction').selectOption('CN');
    await page.locator('table.substances tbody tr').first().waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('table.substances tbody td:first-child')].some((td) => /[\u4e00-\u9fff]/.test(td.textContent)));
    await page.screenshot({ path: join(screenshots, 'kb-cn.png'), fullPage: false });
    await page.context().close();
  });

  it('charts the team’s rows and every chart leads to the rows behind it', async () => {
    const page = await newPage();
    await open(page, tokens.analyst, 'Overview', 'Overview');
    assert.match(await page.getByTestId('overview-rows').innerText(), /: 4$/);
    for (const chart of ['risk', 'shippers', 'consignees', 'jurisdictions', 'substances', 'dispositions']) {
      await page.locator(`[data-chart="${chart}"] .chart svg path:not([fill="none"])`).first().waitFor();
    }
    await noSeriousViolations(page, 'overview');
    await page.screenshot({ path: join(screenshots, 'overview.png'), fullPage: true });

    // A link under a chart goes to the queue filtered by GET /v1/queue's own parameters.
    await page.locator('[data-chart="shippers"] ol.ranked a', { hasText: 'Alpha Fine Chemicals' }).click();
    await page.waitForURL((url) => url.pathname === '/queue');
    assert.deepEqual(Object.fromEntries(new URL(page.url()).searchParams), { risk: 'high', party: 'Alpha Fine Chemicals' });
    const queue = await api(tokens.analyst, 'GET', `/v1/queue${new URL(page.url()).search}`);
    assert.equal(queue.status, 200, 'the queue accepts the link’s filters');
    assert.equal(queue.body.total, 1, 'one undecided high-risk row of that shipper (the other is held)');

    // A click on a bar does the same: the jurisdiction chart's bars are US, UN, … in some order; any of them filters by one code.
    // echarts binds its click handlers once the chart's entry animation ends: a click during it lands on nothing, so the bar
    // is clicked again until the page leaves (at most six times; the navigation itself is still required).
    await page.goBack();
    const bar = page.locator('[data-chart="jurisdictions"] .chart svg path[fill="#1d6b34"]').first();
    for (let attempt = 1; ; attempt++) {
      await bar.click();
      try {
        await page.waitForURL((url) => url.pathname === '/queue', { timeout: 5000 });
        break;
      } catch (error) {
        if (attempt === 6) throw error;
      }
    }
    const jurisdiction = new URL(page.url()).searchParams.get('jurisdiction');
    assert.match(jurisdiction, /^[A-Z]{2,}$/);
    assert.equal((await api(tokens.analyst, 'GET', `/v1/queue?jurisdiction=${jurisdiction}`)).status, 200);

    // Decided outcomes lead to their audit entries.
    await page.goBack();
    await page.locator('[data-chart="dispositions"] ol.ranked a', { hasText: 'held' }).click();
    await page.waitForURL((url) => url.pathname === '/audit' && url.searchParams.get('action') === 'row.dispose');
    await page.context().close();
  });

  it('filters the audit log and exports it as CSV and XLSX', async () => {
    const page = await newPage(null, { acceptDownloads: true });
    await open(page, tokens.supervisor, 'Audit', 'Audit log');
    await page.locator('table.audit-log tbody tr').first().waitFor();
    // Actors match exactly ("ana (key …)"): a click on one in the table filters by it.
    const actor = page.locator('table.audit-log tbody tr[data-action="row.dispose"] td:nth-child(2) button');
    const name = await actor.innerText();
    await actor.click();
    await page.waitForFunction((who) => {
      const cells = [...document.querySelectorAll('table.audit-log tbody td:nth-child(2)')];
      return cells.length > 0 && cells.every((c) => c.textContent === who);
    }, name);
    assert.equal(await page.locator('#audit-actor').inputValue(), name);
    await page.locator('#audit-actor').fill('');
    await page.locator('#audit-action').fill('row.dispose');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('table.audit-log tbody tr')];
      return rows.length > 0 && rows.every((r) => r.dataset.action === 'row.dispose');
    });
    assert.equal(await page.locator('table.audit-log tbody tr').count(), 1);
    assert.match(await page.locator('table.audit-log tbody tr').innerText(), /ana/);
    assert.match(new URL(page.url()).search, /action=row\.dispose/, 'the filter is in the address, to share or reload');
    await noSeriousViolations(page, 'audit');
    await page.screenshot({ path: join(screenshots, 'audit.png'), fullPage: true });

    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    let file = await download;
    assert.equal(file.suggestedFilename(), 'audit.csv');
    const csv = readFileSync(await file.path(), 'utf8').trim().split('\n');
    assert.equal(csv[0], 'id,at,actor,action,target,before,after');
    assert.equal(csv.length, 2, 'the export holds what the filter shows');
    assert.match(csv[1], /"row\.dispose"/);

    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export XLSX' }).click();
    file = await download;
    assert.equal(file.suggestedFilename(), 'audit.xlsx');
    assert.equal(readFileSync(await file.path()).subarray(0, 2).toString('latin1'), 'PK', 'an XLSX (zip) file');

    // A day filter: nothing before the run.
    await page.locator('#audit-to').fill('2001-01-01');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByTestId('audit-count').filter({ hasText: ': 0 ' }).waitFor();
    await page.context().close();
  });

  it('offers a viewer no clear, revoke or audit, and the server refuses them anyway', async () => {
    const page = await newPage();
    await signIn(page, base, tokens.viewer);
    assert.equal(await page.getByRole('link', { name: 'Audit' }).count(), 0, 'a viewer is not offered the audit log');
    await page.getByRole('link', { name: 'Parties' }).click();
    await page.locator('#party-name').fill(party);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('article.match').first().waitFor();
    assert.equal(await page.getByRole('button', { name: /Clear this match|Revoke the clearance/ }).count(), 0);
    await noSeriousViolations(page, 'parties (viewer)');
    await page.screenshot({ path: join(screenshots, 'parties-viewer.png'), fullPage: true });
    await page.goto(`${base}/audit`);
    await page.getByText('This page is not open to your role (viewer).').waitFor();
    await page.context().close();

    const match = (await api(tokens.viewer, 'POST', '/v1/match', { queries: [{ name: party }] })).body.results[0].matches[0];
    assert.equal((await api(tokens.viewer, 'POST', '/v1/parties/clearances', { party, list: match.list, entry_id: match.id, note: 'viewer' })).status, 403);
    assert.equal((await api(tokens.analyst, 'POST', '/v1/parties/clearances/revoke', { party, list: match.list, entry_id: match.id, reason: 'analyst' })).status, 403);
    assert.equal((await api(tokens.viewer, 'GET', '/v1/audit')).status, 403);
  });

  it('never requested anything from another host, and logged no page error', () => {
    assert.deepEqual(offHost, []);
    assert.deepEqual(problems, []);
  });
});
