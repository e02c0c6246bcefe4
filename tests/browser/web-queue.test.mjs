// Screening, the review queue and the case view as analysts and a viewer use them: a real `cordon serve` on SQLite in a
// temporary data folder, headless Debian Chromium. Run: node --test tests/browser/web-queue.test.mjs (needs artifacts/cli and
// web/dist; see README.md).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, freePort, guardedPage, launchBrowser, noSeriousViolations, root, screenshots, signIn, startServer, webRoot } from './support.mjs';

const declarations = join(root, 'samples', 'declarations.csv');

describe('screen, queue and case view in Chromium against cordon serve', () => {
  let browser;
  const newPage = (expectedConsole) => guardedPage(browser, base, offHost, problems, expectedConsole);
  let base;
  let serverHandle;
  let dataDir;
  const tokens = {};
  const offHost = [];
  const problems = [];

  // A user of the given role with an API key; resolves with the key's token.
  async function userToken(name, role) {
    const admin = { authorization: `Bearer ${serverHandle.token}`, 'content-type': 'application/json' };
    const user = await (await fetch(`${base}/v1/users`, { method: 'POST', headers: admin, body: JSON.stringify({ name, role }) })).json();
    const created = await fetch(`${base}/v1/keys`, { method: 'POST', headers: admin, body: JSON.stringify({ label: `${name} key`, role, user_id: user.id }) });
    assert.equal(created.status, 201);
    return (await created.json()).token;
  }

  const as = (who) => ({ authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' });

  async function queueTotal(who, filter = '') {
    const answer = await (await fetch(`${base}/v1/queue?limit=1${filter}`, { headers: as(who) })).json();
    return answer.total;
  }

  async function openQueue(page) {
    await page.getByRole('link', { name: 'Queue', exact: true }).click();
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await page.locator('.vbody [role="row"][data-row-id]').first().waitFor();
  }

  const shownTotal = async (page) => Number((await page.getByTestId('row-count').innerText()).match(/^([\d,]+) rows?/)[1].replace(/,/g, ''));

  before(async () => {
    assert.ok(existsSync(cli), `no built CLI at ${cli}: run ./cordon --help once`);
    assert.ok(existsSync(join(webRoot, 'index.html')), `no web build at ${webRoot}: cd web && npm ci && npm run build`);
    mkdirSync(screenshots, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'cordon-web-queue-test-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    serverHandle = await startServer(dataDir, port);
    browser = await launchBrowser();
    // The team's watch list: a shipper of the sample file is on it, so that its rows carry a party match.
    const list = new FormData();
    list.append('file', new Blob(['name,aliases,country,id,notes\n"Shanghai Boyle Chemical Co., Ltd",,CN,W-1,browser test entry\n']), 'watch.csv');
    const imported = await fetch(`${base}/v1/lists`, { method: 'POST', headers: { authorization: `Bearer ${serverHandle.token}` }, body: list });
    assert.equal(imported.status, 200, await imported.text());
    tokens.ana = await userToken('ana', 'analyst');
    tokens.ben = await userToken('ben', 'analyst');
    tokens.vera = await userToken('vera', 'viewer');
  });

  after(async () => {
    await browser?.close();
    serverHandle?.server.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('uploads a declarations file, follows the job until it completes, and lands in its results', async () => {
    const page = await newPage();
    await signIn(page, base, tokens.ana);
    await page.getByRole('link', { name: 'Screen', exact: true }).click();
    await page.getByRole('heading', { name: 'Screen declarations' }).waitFor();
    await noSeriousViolations(page, 'screen');
    await page.locator('#declarations').setInputFiles(declarations);
    const submitted = page.waitForResponse((r) => r.url().endsWith('/v1/screen'));
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    assert.equal((await submitted).status(), 202);
    const job = page.locator('section[data-job]');
    await job.waitFor();
    assert.match(new URL(page.url()).pathname, /^\/screen\/[0-9a-f]+$/);
    await page.locator('section[data-job][data-status="complete"]').waitFor({ timeout: 120_000 });
    assert.match(await page.getByTestId('job-status').innerText(), /complete 29 rows screened and stored/);
    // The results: every row of the file, ranked, the top one a controlled precursor.
    await page.locator('.vbody [role="row"][data-row-id]').first().waitFor();
    assert.equal(await shownTotal(page), 29);
    const top = page.locator('.vbody [role="row"][data-row-id]').first();
    assert.match(await top.innerText(), /controlled/);
    assert.ok(await top.locator('mark').count() > 0, 'the top row shows its evidence highlighted in the description');
    await noSeriousViolations(page, 'job results');
    await page.screenshot({ path: join(screenshots, 'screen-job.png'), fullPage: true });

    await page.getByRole('link', { name: 'Screen', exact: true }).click();
    await page.getByTestId('jobs').getByRole('link', { name: 'declarations.csv' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'screen.png'), fullPage: true });
    await page.context().close();
  });

  it('filters the queue on the server, keeps the filters in the address and in saved views', async () => {
    const page = await newPage(/status of 400/);
    await signIn(page, base, tokens.ana);
    await openQueue(page);
    const all = await shownTotal(page);
    assert.equal(all, await queueTotal('ana'), 'the count is the server\'s');
    await noSeriousViolations(page, 'queue');
    await page.screenshot({ path: join(screenshots, 'queue.png'), fullPage: true });

    // HS chapter 29 and the text "piperidone": each narrows the count to what the server says.
    await page.locator('#f-hs_chapter').fill('29');
    await page.waitForFunction((n) => !document.querySelector('[data-testid="row-count"]').textContent.startsWith(`${n} `), all);
    const chapter = await queueTotal('ana', '&hs_chapter=29');
    await page.getByTestId('row-count').filter({ hasText: new RegExp(`^${chapter} rows`) }).waitFor();
    assert.ok(chapter < all && chapter > 0);
    await page.locator('#f-text').fill('piperidone');
    const both = await queueTotal('ana', '&hs_chapter=29&text=piperidone');
    await page.getByTestId('row-count').filter({ hasText: new RegExp(`^${both} rows?`) }).waitFor();
    assert.ok(both < chapter && both > 0);
    for (const text of await page.locator('.vbody [role="row"][data-row-id] .desc').allInnerTexts()) assert.match(text, /piperidone/i);
    assert.match(page.url(), /hs_chapter=29/);
    assert.match(page.url(), /text=piperidone/);

    // A route filter: the port of discharge.
    await page.locator('#f-port').fill('veracruz');
    const veracruz = await queueTotal('ana', '&hs_chapter=29&text=piperidone&port=veracruz');
    await page.getByTestId('row-count').filter({ hasText: new RegExp(`^${veracruz} rows?`) }).waitFor();
    for (const text of await page.locator('.vbody [role="row"][data-row-id]').allInnerTexts()) assert.match(text, /Veracruz/);

    // Saved, cleared, and brought back.
    await page.locator('#view-name').fill('piperidones to Veracruz');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('row-count').filter({ hasText: new RegExp(`^${all} rows`) }).waitFor();
    await page.getByRole('button', { name: 'piperidones to Veracruz', exact: true }).click();
    await page.getByTestId('row-count').filter({ hasText: new RegExp(`^${veracruz} rows?`) }).waitFor();
    assert.equal(await page.locator('#f-port').inputValue(), 'veracruz');

    // A malformed filter is refused by the server, and the page says why instead of showing an unfiltered queue.
    await page.locator('#f-hs_chapter').fill('2');
    await page.getByRole('alert').filter({ hasText: "hs_chapter '2'" }).waitFor();
    await page.screenshot({ path: join(screenshots, 'queue-filtered.png'), fullPage: true });
    await page.context().close();
  });

  it('moves with j and k, opens the case with Enter, and shows its evidence, depictions and clauses', async () => {
    const page = await newPage();
    await signIn(page, base, tokens.ana);
    await openQueue(page);
    const rows = page.locator('.vbody [role="row"][data-row-id]');
    const selected = page.locator('.vbody [role="row"][aria-current="true"]');
    assert.equal(await selected.getAttribute('data-row-id'), await rows.nth(0).getAttribute('data-row-id'));
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    assert.equal(await selected.getAttribute('data-row-id'), await rows.nth(2).getAttribute('data-row-id'));
    await page.keyboard.press('k');
    const chosen = await rows.nth(1).getAttribute('data-row-id');
    assert.equal(await selected.getAttribute('data-row-id'), chosen);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.location.pathname === `/queue/${id}`, chosen);
    await page.locator(`section.case[data-row-id="${chosen}"]`).waitFor();

    // The case of a row with a structure finding: NPP by its CAS RN.
    const npp = (await (await fetch(`${base}/v1/queue?text=phenethyl&limit=1`, { headers: as('ana') })).json()).rows[0];
    await page.goto(`${base}/queue/${npp.id}`);
    await page.locator(`section.case[data-row-id="${npp.id}"]`).waitFor();
    assert.match(await page.getByTestId('status').innerText(), /controlled/);
    const description = page.locator('table.declaration tr[data-column="goods_description"] td');
    assert.ok(await description.locator('mark').count() > 0, 'the evidence is marked in the original text');
    assert.ok(await page.getByTestId('evidence').count() > 0);
    const figure = page.getByTestId('depiction').first();
    await figure.locator('img').waitFor();
    assert.ok(await figure.locator('img').evaluate((img) => img.complete && img.naturalWidth > 0), 'the depiction is drawn');
    assert.match(await page.locator('.evidence').textContent(), /21 CFR/);
    await noSeriousViolations(page, 'case');
    await page.screenshot({ path: join(screenshots, 'case-top.png') });
    await page.screenshot({ path: join(screenshots, 'case.png'), fullPage: true });

    // The case of a row caught by a class definition: its legal text, clause by clause, the applied clause marked.
    const generic = (await (await fetch(`${base}/v1/queue?text=propionamide&limit=1`, { headers: as('ana') })).json()).rows[0];
    if (generic.result.findings.some((e) => e.check?.entries.some((f) => f.basis === 'generic'))) {
      await page.goto(`${base}/queue/${generic.id}`);
      await page.getByTestId('definition').first().waitFor();
      assert.ok(await page.locator('[data-testid="definition"] li').count() > 1, 'the definition is shown clause by clause');
      await noSeriousViolations(page, 'case (class definition)');
      await page.screenshot({ path: join(screenshots, 'case-generic.png'), fullPage: true });
    } else {
      assert.fail(`the propionamide row has no generic finding: ${JSON.stringify(generic.result.findings.map((e) => e.check?.entries))}`);
    }

    // The case of a row whose shipper is on the watch list: the match, its score pieces and the fields it rests on.
    const boyle = (await (await fetch(`${base}/v1/queue?shipper=boyle&limit=1`, { headers: as('ana') })).json()).rows[0];
    await page.goto(`${base}/queue/${boyle.id}`);
    const hit = page.getByTestId('party-hit').first();
    await hit.waitFor();
    assert.match(await hit.innerText(), /Shanghai Boyle Chemical/);
    assert.ok(await hit.locator('table tr').count() > 0, 'the match shows its score pieces');
    assert.match(await hit.locator('dl').innerText(), /Origin\s+CN/);
    await noSeriousViolations(page, 'case (party match)');
    await page.screenshot({ path: join(screenshots, 'case-party.png'), fullPage: true });
    await page.context().close();
  });

  it('disposes of a row with a reason, which persists after a reload and takes the row out of the queue; d disposes from the queue', async () => {
    const page = await newPage();
    await signIn(page, base, tokens.ana);
    const before = await queueTotal('ana');
    const row = (await (await fetch(`${base}/v1/queue?text=toluene&limit=1`, { headers: as('ana') })).json()).rows[0];
    await page.goto(`${base}/queue/${row.id}`);
    await page.locator(`section.case[data-row-id="${row.id}"]`).waitFor();
    assert.equal(await page.getByTestId('disposition').innerText(), 'undecided');
    await page.locator(`#disposition-${row.id}`).selectOption('held');
    await page.getByRole('button', { name: 'Record disposition' }).click();
    await page.getByRole('alert').filter({ hasText: 'Give a reason.' }).waitFor();
    await page.locator(`#note-${row.id}`).fill('bulk solvent to a paint maker: hold for documents');
    const stored = page.waitForResponse((r) => r.url().endsWith(`/v1/rows/${row.id}/disposition`));
    await page.getByRole('button', { name: 'Record disposition' }).click();
    assert.equal((await stored).status(), 200);
    await page.getByTestId('history').getByText('bulk solvent to a paint maker: hold for documents').waitFor();
    await page.reload();
    await page.getByTestId('disposition').filter({ hasText: 'held' }).waitFor();
    assert.match(await page.getByTestId('history').innerText(), /ana.*held.*bulk solvent to a paint maker/s);
    assert.equal(await queueTotal('ana'), before - 1, 'a disposed row leaves the queue');
    await page.screenshot({ path: join(screenshots, 'case-disposed.png'), fullPage: true });

    // From the queue: select the second row with j, press d, give a reason.
    await openQueue(page);
    await page.keyboard.press('j');
    const target = await page.locator('.vbody [role="row"][aria-current="true"]').getAttribute('data-row-id');
    await page.keyboard.press('d');
    await page.locator(`#note-${target}`).fill('referred from the queue');
    await page.locator(`#disposition-${target}`).selectOption('referred');
    await page.screenshot({ path: join(screenshots, 'queue-dispose.png'), fullPage: true });
    await page.getByRole('button', { name: 'Record disposition' }).click();
    await page.getByTestId('row-count').filter({ hasText: new RegExp(`^${before - 2} rows`) }).waitFor();
    const stored2 = await (await fetch(`${base}/v1/rows/${target}`, { headers: as('ana') })).json();
    assert.equal(stored2.row.disposition, 'referred');
    assert.equal(stored2.history[0].note, 'referred from the queue');
    await page.context().close();
  });

  it('shows the other analyst\'s change when a disposition conflicts, and writes nothing', async () => {
    const page = await newPage(/status of 409/);
    await signIn(page, base, tokens.ana);
    const row = (await (await fetch(`${base}/v1/queue?text=pseudoephedrine&limit=1`, { headers: as('ana') })).json()).rows[0];
    await page.goto(`${base}/queue/${row.id}`);
    await page.locator(`section.case[data-row-id="${row.id}"]`).waitFor();

    // Ben gets there first.
    const ben = await fetch(`${base}/v1/rows/${row.id}/disposition`, {
      method: 'POST', headers: as('ben'), body: JSON.stringify({ disposition: 'seized', note: 'seized at the port', version: row.version }),
    });
    assert.equal(ben.status, 200);

    await page.locator(`#disposition-${row.id}`).selectOption('cleared');
    await page.locator(`#note-${row.id}`).fill('ordinary pharmacy stock');
    const refused = page.waitForResponse((r) => r.url().endsWith(`/v1/rows/${row.id}/disposition`));
    await page.getByRole('button', { name: 'Record disposition' }).click();
    assert.equal((await refused).status(), 409);
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    assert.equal(await page.getByTestId('their-disposition').innerText(), 'seized');
    await page.getByTestId('their-note').filter({ hasText: 'seized at the port' }).waitFor();
    assert.match(await page.getByTestId('their-actor').innerText(), /^ben/);
    await page.getByTestId('history').getByText('seized at the port').waitFor();
    assert.doesNotMatch(await page.getByTestId('history').innerText(), /ordinary pharmacy stock/);
    await noSeriousViolations(page, 'case (conflict)');
    await page.screenshot({ path: join(screenshots, 'case-conflict.png'), fullPage: true });
    const stored = await (await fetch(`${base}/v1/rows/${row.id}`, { headers: as('ana') })).json();
    assert.equal(stored.row.disposition, 'seized');
    await page.context().close();
  });

  it('offers a viewer no disposition, in the case or by d in the queue, and the server refuses it anyway', async () => {
    const page = await newPage();
    await signIn(page, base, tokens.vera);
    await openQueue(page);
    await page.keyboard.press('d');
    assert.equal(await page.locator('.dispose-panel').count(), 0, 'd offers a viewer nothing');
    assert.equal(await page.getByRole('button', { name: 'Screen', exact: true }).count(), 0);
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.locator('section.case').waitFor();
    await page.getByTestId('no-dispose').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Record disposition' }).count(), 0);
    await noSeriousViolations(page, 'case (viewer)');
    await page.screenshot({ path: join(screenshots, 'case-viewer.png'), fullPage: true });
    const id = await page.locator('section.case').getAttribute('data-row-id');
    const version = Number(await page.locator('section.case').getAttribute('data-version'));
    const refused = await fetch(`${base}/v1/rows/${id}/disposition`, {
      method: 'POST', headers: as('vera'), body: JSON.stringify({ disposition: 'cleared', note: 'viewer', version }),
    });
    assert.equal(refused.status, 403);
    await page.goto(`${base}/screen`);
    await page.getByText('Your role may read jobs but not start one.').waitFor();
    await page.context().close();
  });

  it('never requested anything from another host, and logged no page error', () => {
    assert.deepEqual(offHost, []);
    assert.deepEqual(problems, []);
  });
});
