// The supplier network page (/network) as analysts and viewers use it: a real `cordon serve` on SQLite with the OFAC SDN
// snapshot, the generated declarations of samples/network screened through the API, driven in headless Debian Chromium.
// Run: node --test tests/browser/web-network.test.mjs   (needs the built CLI, artifacts/cli, and web/dist; see README.md)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, freePort, guardedPage, launchBrowser, noSeriousViolations, root, screenshots, signIn as signInAt, startServer, webRoot } from './support.mjs';

const sdn = process.env.CORDON_SDN ?? join(root, '..', 'shared', 'data', 'ofac-sdn-2021');
const declarations = join(root, 'samples', 'network', 'declarations.csv');

describe('supplier network page in Chromium against cordon serve', () => {
  let browser;
  let base;
  let serverHandle;
  let dataDir;
  let analyst;
  let viewer;
  let run;
  const offHost = [];
  const problems = [];

  const api = async (token, path, init = {}) => {
    const response = await fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });
    return response;
  };

  // A user of the role with an API key of its own (the server has no other way in for a test).
  async function userToken(name, role) {
    const admin = { 'content-type': 'application/json' };
    const user = await (await api(serverHandle.token, '/v1/users', { method: 'POST', headers: admin, body: JSON.stringify({ name, role }) })).json();
    const created = await api(serverHandle.token, '/v1/keys', { method: 'POST', headers: admin, body: JSON.stringify({ label: `network ${role}`, role, user_id: user.id }) });
    assert.equal(created.status, 201);
    return (await created.json()).token;
  }

  before(async () => {
    assert.ok(existsSync(cli), `no built CLI at ${cli}: run ./cordon --help once`);
    assert.ok(existsSync(join(webRoot, 'index.html')), `no web build at ${webRoot}: cd web && npm ci && npm run build`);
    assert.ok(existsSync(sdn), `no SDN snapshot at ${sdn}`);
    mkdirSync(screenshots, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'cordon-web-network-test-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    serverHandle = await startServer(dataDir, port, ['--set', `Cordon:Watchlists:0=${sdn}`]);
    analyst = await userToken('nadia', 'analyst');
    viewer = await userToken('victor', 'viewer');

    // The generated declarations, screened as the analyst: the team's network is built from its completed runs.
    const form = new FormData();
    form.append('file', new Blob([readFileSync(declarations)], { type: 'text/csv' }), 'declarations.csv');
    const submitted = await api(analyst, '/v1/screen', { method: 'POST', body: form });
    assert.equal(submitted.status, 202);
    run = (await submitted.json()).id;
    for (let i = 0; ; i++) {
      const job = await (await api(analyst, `/v1/jobs/${run}`)).json();
      if (job.status === 'complete') break;
      assert.notEqual(job.status, 'failed', `screening failed: ${JSON.stringify(job)}`);
      assert.ok(i < 1800, 'screening did not finish in 3 minutes');
      await new Promise((r) => setTimeout(r, 100));
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    serverHandle?.server.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  // A page that may talk to the server only (downloads allowed); <expectedConsole> matches console errors provoked on purpose.
  async function newPage(expectedConsole) {
    const page = await guardedPage(browser, base, offHost, problems, expectedConsole, { acceptDownloads: true });
    page.setDefaultTimeout(90_000);
    return page;
  }

  const signIn = (page, token) => signInAt(page, base, token);

  const nodeCount = async (page) => Number(await page.getByTestId('graph-counts').getAttribute('data-nodes'));

  // Applies the filter form and waits for the new neighbourhood.
  async function apply(page) {
    const answered = page.waitForResponse((r) => r.url().includes('/v1/network/neighbourhood'));
    await page.getByRole('button', { name: 'Apply' }).click();
    assert.equal((await answered).status(), 200);
    await page.getByRole('button', { name: 'Apply' }).waitFor();
  }

  // Pixels the graph's canvases painted (cytoscape draws on stacked canvases; a blank one is all transparent).
  const paintedPixels = (page) => page.evaluate(() => {
    let painted = 0;
    for (const canvas of document.querySelectorAll('[data-testid="network-graph"] canvas')) {
      if (canvas.width === 0 || canvas.height === 0) continue;
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    }
    return painted;
  });

  async function partyId(words) {
    const found = await (await api(viewer, `/v1/network/parties?q=${encodeURIComponent(words)}&limit=5`)).json();
    return found.sort((a, b) => b.rows - a.rows)[0].id;
  }

  it('finds a buyer by name, draws its neighbourhood, lists the buyers sharing its suppliers and its path to the designee', async () => {
    const page = await newPage(/status of 400/);
    await signIn(page, analyst);
    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByRole('heading', { name: 'Supplier network' }).waitFor();
    await page.getByLabel('Find a party by name').fill('Rio Humaya');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    const results = page.getByTestId('party-results');
    const counts = page.getByTestId('graph-counts');
    await Promise.race([results.waitFor(), counts.waitFor()]);
    if (await results.isVisible()) await results.getByRole('button', { name: /Rio Humaya/i }).first().click();
    await counts.waitFor();
    assert.match(new URL(page.url()).search, /^\?party=P/);
    assert.match(await page.locator('#graph-title').innerText(), /Rio Humaya/i);

    // The canvas is drawn: cytoscape painted nodes and edges, not an empty box.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="network-graph"] canvas').length > 0);
    await page.waitForTimeout(500);
    const painted = await paintedPixels(page);
    assert.ok(painted > 2000, `the graph canvas is painted (${painted} pixels)`);
    const depth2 = await nodeCount(page);
    assert.ok(depth2 > 5, `a neighbourhood of depth 2 (${depth2} nodes)`);

    // The ring's other buyers share its suppliers.
    const shared = page.getByTestId('shared-suppliers').first();
    await shared.waitFor();
    const sharedText = await shared.innerText();
    assert.match(sharedText, /Tres Picos/);
    assert.match(sharedText, /Valle Dorado/);

    // And its way to the designee, every step with the edge's evidence.
    const paths = page.getByTestId('designee-paths');
    const toDesignee = paths.locator('li.path').filter({ hasText: 'QINSHENG PHARMACEUTICAL' }).first();
    await toDesignee.waitFor();
    const vias = toDesignee.locator('.via');
    assert.ok(await vias.count() >= 2, 'the path has two or more edges');
    for (const text of await vias.locator('.evidence').allInnerTexts()) assert.ok(text.trim().length > 5, `an edge's evidence: '${text}'`);
    await noSeriousViolations(page, 'network (analyst)');
    await page.screenshot({ path: join(screenshots, 'network.png'), fullPage: true });
    await page.getByTestId('network-graph').screenshot({ path: join(screenshots, 'network-graph.png') });

    // Clicking a node on the canvas shows its details: the designee-linked supplier, tapped where cytoscape drew it.
    const target = await page.evaluate(() => {
      const box = document.querySelector('[data-testid="network-graph"]');
      const cy = box._cyreg.cy;
      const node = cy.nodes('.party').filter((n) => /Fengyi/i.test(n.data('label'))).first();
      const { x, y } = node.renderedPosition();
      const rect = box.getBoundingClientRect();
      return { x: rect.left + x, y: rect.top + y, label: node.data('label') };
    });
    assert.ok(target.label, 'the supplier Shanghai Fengyi is in the neighbourhood');
    await page.mouse.click(target.x, target.y);
    await page.getByTestId('details-label').filter({ hasText: /Fengyi/i }).waitFor();
    await page.getByTestId('spellings').waitFor();
    assert.ok(await page.getByTestId('spellings').locator('tbody tr').count() >= 2, 'the supplier has several spellings');
    assert.ok(await page.getByTestId('merges').locator('li').count() >= 1, 'with the evidence of its merges');
    assert.ok(await page.getByRole('button', { name: 'Split this spelling from …' }).count() >= 1, 'an analyst is offered a split');
    assert.ok(await page.getByRole('button', { name: 'Merge with …' }).count() >= 1, 'and a merge');

    // Fewer hops, fewer nodes; flagged rows only, fewer again (cover trade drops out).
    await page.getByLabel('Hops').selectOption('1');
    await apply(page);
    const depth1 = await nodeCount(page);
    assert.ok(depth1 < depth2, `depth 1 (${depth1}) shows fewer nodes than depth 2 (${depth2})`);
    await page.getByLabel('Hops').selectOption('2');
    await page.getByLabel('Flagged rows only').check();
    await apply(page);
    const flagged = await nodeCount(page);
    assert.ok(flagged < depth2, `flagged only (${flagged}) shows fewer nodes than all rows (${depth2})`);
    await page.getByLabel('Flagged rows only').uncheck();
    await apply(page);
    assert.equal(await nodeCount(page), depth2);

    // A bad chapter is refused by the server, and the page says so in its words.
    await page.getByLabel('HS chapter').fill('2x');
    const refused = page.waitForResponse((r) => r.url().includes('/v1/network/neighbourhood'));
    await page.getByRole('button', { name: 'Apply' }).click();
    assert.equal((await refused).status(), 400);
    await page.getByRole('alert').filter({ hasText: "chapter '2x': an HS chapter is two digits" }).waitFor();
    await page.getByLabel('HS chapter').fill('29');
    await apply(page);
    const chapter29 = await nodeCount(page);
    assert.ok(chapter29 > 1 && chapter29 < depth2, `chapter 29 only (${chapter29}) shows fewer nodes than all chapters (${depth2})`);
    await page.getByLabel('HS chapter').fill('');
    await apply(page);
    assert.equal(await nodeCount(page), depth2);

    // The exports download the neighbourhood as filtered.
    for (const [name, pattern] of [['Download GraphML', /<graphml/], ['Download GEXF', /<gexf/], ['Download CSV', /,/]]) {
      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name }).click();
      const file = await downloaded;
      assert.match(readFileSync(await file.path(), 'utf8'), pattern, name);
    }

    // A split needs a note, and is recorded (the supplier is still the one shown) (the server audits it; the network is rebuilt).
    assert.match(await page.getByTestId('details-label').innerText(), /Fengyi/i);
    // Merging offers the spellings of the graph's other parties; without a note nothing is sent.
    let posted = 0;
    page.on('request', (r) => { if (r.url().endsWith('/v1/network/decisions') && r.method() === 'POST') posted++; });
    await page.getByRole('button', { name: 'Merge with …' }).first().click();
    const merge = page.getByTestId('decision-merge');
    assert.ok(await merge.locator('select option').count() > 5, 'spellings of other parties to merge with');
    await merge.getByRole('button', { name: 'Record' }).click();
    await page.waitForTimeout(300);
    assert.equal(posted, 0, 'a merge without a note is not sent');
    await page.getByRole('button', { name: 'Split this spelling from …' }).first().click();
    const form = page.getByTestId('decision-split');
    await form.getByLabel('Note (why)').fill('two companies: different registration numbers');
    const decided = page.waitForResponse((r) => r.url().endsWith('/v1/network/decisions') && r.request().method() === 'POST');
    await form.getByRole('button', { name: 'Record' }).click();
    assert.equal((await decided).status(), 200);
    assert.equal(posted, 1);
    await page.getByRole('status').filter({ hasText: 'Recorded: split' }).waitFor();
    const decisions = await (await api(viewer, '/v1/network/decisions')).json();
    assert.equal(decisions.length, 1);
    assert.equal(decisions[0].kind, 'split');
    const after = await (await api(viewer, `/v1/network/parties?q=${encodeURIComponent('Fengyi')}&limit=50`)).json();
    assert.ok(!after.some((p) => p.spellings.some((s) => s.key === decisions[0].key) && p.spellings.some((s) => s.key === decisions[0].other_key)),
      'the next build keeps the split spellings apart');
    await page.context().close();
  });

  it('opens on a case (?row=): the consignee in the centre, the buyers sharing its suppliers and the shipper\'s path to the designee', async () => {
    const rows = await (await api(analyst, `/v1/jobs/${run}/rows?sort=line&limit=500`)).json();
    const row = rows.rows.find((r) => /Rio Humaya/i.test(JSON.stringify(r)) && /Fengyi/i.test(JSON.stringify(r)));
    assert.ok(row, 'a ring row of Rio Humaya from Shanghai Fengyi');
    const page = await newPage();
    await signIn(page, viewer);
    await page.goto(`${base}/network?row=${row.id}`);
    const panel = page.getByTestId('case-network');
    await panel.waitFor();
    assert.match(await panel.getByTestId('shipper-paths').innerText(), /QINSHENG PHARMACEUTICAL/);
    assert.match(await panel.locator('dd').nth(1).innerText(), /Rio Humaya/i, 'the case\'s consignee');
    await page.getByTestId('graph-counts').waitFor();
    assert.match(await page.locator('#graph-title').innerText(), /Rio Humaya/i, 'the graph is centred on the consignee');
    const shared = await page.getByTestId('shared-suppliers').innerText();
    assert.match(shared, /Tres Picos/);
    assert.match(shared, /Valle Dorado/);

    // Recentred on the shipper, the case's own answer gives the consignee's fellow buyers beside it.
    await panel.locator('dd').first().getByRole('button').click();
    await page.locator('#graph-title').filter({ hasText: /Fengyi/i }).waitFor();
    assert.match(new URL(page.url()).search, new RegExp(`^\\?row=${row.id}&party=`));
    assert.match(await panel.getByTestId('shared-suppliers').innerText(), /Tres Picos/);
    await page.screenshot({ path: join(screenshots, 'network-case.png'), fullPage: true });
    await page.context().close();
  });

  it('shows a viewer the graph and the evidence but no merge or split, and the server refuses one anyway', async () => {
    const id = await partyId('Shanghai Fengyi');
    const page = await newPage();
    await signIn(page, viewer);
    await page.goto(`${base}/network?party=${id}`);
    await page.getByTestId('graph-counts').waitFor();
    await page.getByTestId('spellings').waitFor();
    assert.ok(await page.getByTestId('merges').locator('li').count() >= 1, 'a viewer sees the merge evidence');
    assert.equal(await page.getByRole('button', { name: 'Split this spelling from …' }).count(), 0, 'no split for a viewer');
    assert.equal(await page.getByRole('button', { name: 'Merge with …' }).count(), 0, 'no merge for a viewer');
    const party = await (await api(viewer, `/v1/network/parties/${id}`)).json();
    const refused = await api(viewer, '/v1/network/decisions', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'merge', key: party.spellings[0].key, other_key: party.spellings[1].key, note: 'viewer' }) });
    assert.equal(refused.status, 403);
    await noSeriousViolations(page, 'network (viewer)');

    // In Spanish too.
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: 'Red de proveedores' }).waitFor();
    await noSeriousViolations(page, 'network (es)');
    await page.screenshot({ path: join(screenshots, 'network-viewer-es.png'), fullPage: true });
    await page.getByLabel('Idioma').selectOption('en');
    await page.context().close();
  });

  it('never requested anything from another host, and logged no page error', () => {
    assert.deepEqual(offHost, []);
    assert.deepEqual(problems, []);
  });
});
