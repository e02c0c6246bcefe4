// The web application (web/) as an analyst uses it: a real `cordon serve` on SQLite in a temporary data folder, driven in
// headless Debian Chromium. Run: node --test tests/browser/   (needs the built CLI, artifacts/cli, and web/dist; see README.md)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, freePort, guardedPage, launchBrowser, noSeriousViolations, root, screenshots, signIn as signInAt, startServer, webRoot }
  from './support.mjs';

const molfile = (name) => readFileSync(join(root, 'eval', 'molfiles', name), 'utf8');

describe('web application in Chromium against cordon serve', () => {
  let browser;
  let base;
  let serverHandle;
  let dataDir;
  const offHost = [];
  const problems = [];

  before(async () => {
    assert.ok(existsSync(cli), `no built CLI at ${cli}: run ./cordon --help once`);
    assert.ok(existsSync(join(webRoot, 'index.html')), `no web build at ${webRoot}: cd web && npm ci && npm run build`);
    mkdirSync(screenshots, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'cordon-web-test-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    serverHandle = await startServer(dataDir, port);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    serverHandle?.server.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  // A page that may talk to the server only: anything else is recorded and refused. <expectedConsole> matches the console
  // errors a test provokes on purpose (Chromium logs every refused request).
  const newPage = (expectedConsole) => guardedPage(browser, base, offHost, problems, expectedConsole);
  const signIn = (page, token) => signInAt(page, base, token);

  async function check(page, { query, molfile: text, jurisdictions = [] }) {
    await page.locator('#query').fill(query ?? '');
    await page.locator('#molfile').fill(text ?? '');
    const checked = page.locator('.jurisdictions input:checked');
    while (await checked.count() > 0) await checked.first().uncheck();
    for (const code of jurisdictions) await page.locator(`.jurisdictions input[value="${code}"]`).check();
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/check'));
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    assert.equal((await answered).status(), 200);
    await page.locator('.result [data-testid="status"]').waitFor();
    return page.locator('.result');
  }

  it('serves the application for / and its routes, with a self-only CSP, and leaves the API alone', async () => {
    for (const path of ['/', '/check', '/users']) {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(await response.text(), /<div id="root">/, path);
      const csp = response.headers.get('content-security-policy');
      assert.match(csp, /default-src 'self'/);
      assert.doesNotMatch(csp, /https?:/, 'the CSP names no other origin');
    }
    assert.equal((await fetch(`${base}/v1/no-such-thing`)).status, 404);
    assert.equal((await fetch(`${base}/v1/me`)).status, 401);
    assert.equal((await fetch(`${base}/health`)).status, 200);
    assert.match(await (await fetch(`${base}/openapi/v1.json`)).text(), /"openapi"/);
  });

  it('signs in with the first-start token, shows the role and what an admin may do, and checks names and molfiles', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await noSeriousViolations(page, 'login');
    await page.screenshot({ path: join(screenshots, 'login.png'), fullPage: true });

    await signIn(page, serverHandle.token);
    assert.match(await page.getByTestId('role').innerText(), /admin/);
    assert.ok(await page.getByRole('link', { name: 'Users' }).isVisible(), 'an admin is offered Users');
    assert.ok(await page.evaluate(() => sessionStorage.getItem('cordon.token')?.startsWith('cdn_')), 'token kept in sessionStorage');

    // A name, in the US: controlled, with the CFR citation and its official link.
    let result = await check(page, { query: 'fentanyl', jurisdictions: ['US'] });
    assert.equal(await result.getAttribute('data-status'), 'controlled');
    const us = result.locator('tr[data-jurisdiction="US"]').first();
    assert.match(await us.innerText(), /Schedule II/);
    assert.match(await us.innerText(), /21 CFR 1308\.12/);
    assert.match(await us.locator('td.citation a').getAttribute('href'), /^https:\/\/www\.govinfo\.gov\//);
    assert.match(await result.getByTestId('smiles').innerText(), /N\(c1ccccc1\)/);
    await noSeriousViolations(page, 'check (fentanyl)');

    // China too: the finding is in Chinese, drawn with the bundled font (the machine has no CJK font).
    result = await check(page, { query: 'fentanyl', jurisdictions: ['US', 'CN'] });
    const cn = result.locator('tr[data-jurisdiction="CN"]').first();
    assert.match(await cn.innerText(), /芬太尼/);
    const chinese = await page.evaluate(async () => {
      await document.fonts.ready;
      const loaded = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded');
      const cell = document.querySelector('tr[data-jurisdiction="CN"] td:nth-child(3)');
      return { loaded: loaded.length, family: getComputedStyle(cell).fontFamily };
    });
    assert.ok(chinese.loaded > 0, 'the bundled Noto Sans SC subsets for the Chinese text were loaded');
    assert.match(chinese.family, /Noto Sans SC/);
    await page.screenshot({ path: join(screenshots, 'check-fentanyl.png'), fullPage: true });

    // A pasted molfile of a listed precursor, and of an ordinary substance.
    result = await check(page, { molfile: molfile('4-piperidone.mol'), jurisdictions: ['US', 'UN'] });
    assert.equal(await result.getAttribute('data-status'), 'controlled');
    assert.match(await result.locator('tr[data-jurisdiction="US"]').first().innerText(), /4-piperidone/i);
    await page.screenshot({ path: join(screenshots, 'check-molfile.png'), fullPage: true });
    result = await check(page, { molfile: molfile('ethanol.mol') });
    assert.equal(await result.getAttribute('data-status'), 'clear');

    // As of a day before fentanyl's US listing took effect it is not controlled there.
    await page.locator('#as-of').fill('1970-01-01');
    result = await check(page, { query: 'fentanyl', jurisdictions: ['US'] });
    assert.equal(await result.locator('tr[data-jurisdiction="US"]').count(), 0, 'no US finding before 1971');
    await page.locator('#as-of').fill('');

    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.getByRole('cell', { name: 'admin', exact: true }).first().waitFor();
    await noSeriousViolations(page, 'users');
    await page.screenshot({ path: join(screenshots, 'users.png'), fullPage: true });

    // Spanish.
    await page.getByRole('link', { name: 'Check' }).click();
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: 'Consultar una sustancia' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    await noSeriousViolations(page, 'check (es)');
    await page.screenshot({ path: join(screenshots, 'check-es.png'), fullPage: true });
    await page.getByLabel('Idioma').selectOption('en');
    await page.context().close();
  });

  it('draws in Ketcher, in the browser, and checks the drawing', async () => {
    const page = await newPage();
    await signIn(page, serverHandle.token);
    await page.getByText('Or draw the structure').click();
    await page.waitForFunction(() => window.ketcher !== undefined, null, { timeout: 120_000 });
    // The drawing is put in through Ketcher's own API (what the canvas would produce), then sent as Ketcher's molfile.
    await page.evaluate(() => window.ketcher.setMolecule('O=C1CCNCC1'));
    await page.waitForFunction(async () => (await window.ketcher.getSmiles()).length > 0);
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/check'));
    await page.getByRole('button', { name: 'Check the drawing' }).click();
    const body = JSON.parse((await answered).request().postData());
    assert.equal(body.as, 'molfile');
    assert.match(body.query, /M {2}END/);
    await page.locator('.result[data-status="controlled"]').waitFor();
    await page.screenshot({ path: join(screenshots, 'check-ketcher.png'), fullPage: true });
    await page.context().close();
  });

  it('offers a viewer no admin action, and the server refuses it anyway', async () => {
    const admin = { authorization: `Bearer ${serverHandle.token}`, 'content-type': 'application/json' };
    const user = await (await fetch(`${base}/v1/users`, { method: 'POST', headers: admin, body: JSON.stringify({ name: 'vera', role: 'viewer' }) })).json();
    const created = await fetch(`${base}/v1/keys`, { method: 'POST', headers: admin, body: JSON.stringify({ label: 'browser test', role: 'viewer', user_id: user.id }) });
    assert.equal(created.status, 201);
    const { token } = await created.json();

    const page = await newPage();
    await signIn(page, token);
    assert.match(await page.getByTestId('role').innerText(), /viewer/);
    assert.equal(await page.getByRole('link', { name: 'Users' }).count(), 0, 'a viewer is not offered Users');
    assert.ok(await page.getByRole('link', { name: 'Check' }).isVisible());
    await page.goto(`${base}/users`);
    await page.getByText('This page is not open to your role (viewer).').waitFor();
    const refused = await fetch(`${base}/v1/users`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(refused.status, 403, 'the server refuses a viewer the users list');
    await noSeriousViolations(page, 'viewer');
    await page.screenshot({ path: join(screenshots, 'viewer.png'), fullPage: true });
    await page.context().close();
  });

  it('signs in with a name and password, with the role of that user', async () => {
    const admin = { authorization: `Bearer ${serverHandle.token}`, 'content-type': 'application/json' };
    const created = await fetch(`${base}/v1/users`, { method: 'POST', headers: admin,
      body: JSON.stringify({ name: 'ana', role: 'analyst', password: 'correct horse battery' }) });
    assert.equal(created.status, 201);

    const page = await newPage(/status of 401/);
    await page.goto(`${base}/`);
    await page.locator('#user').fill('ana');
    await page.locator('#password').fill('wrong password here');
    await page.locator('form[aria-labelledby="password-title"] button[type="submit"]').click();
    await page.getByRole('alert').filter({ hasText: 'unknown user or wrong password' }).waitFor();
    await page.locator('#password').fill('correct horse battery');
    await page.locator('form[aria-labelledby="password-title"] button[type="submit"]').click();
    await page.getByRole('heading', { name: 'Check a substance' }).waitFor();
    assert.match(await page.getByTestId('role').innerText(), /analyst/);
    assert.equal(await page.getByRole('link', { name: 'Users' }).count(), 0, 'an analyst is not offered Users');
    await page.context().close();
  });

  it('never requested anything from another host, and logged no page error', () => {
    assert.deepEqual(offHost, []);
    assert.deepEqual(problems, []);
  });
});
