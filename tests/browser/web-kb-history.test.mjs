// The Knowledge base page's "What changed" section against a real `cordon serve` on SQLite, in headless Debian Chromium: the
// server is started once on a copy of the rules with one US List I entry taken out and another's effective date moved, then
// on the real rules, on one data folder, so that it has loaded two versions; the section compares them by default.
// Run: node --test tests/browser/web-kb-history.test.mjs   (needs artifacts/cli and web/dist; see README.md)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort, guardedPage, launchBrowser, noSeriousViolations, prepare, root, screenshots, signIn, startServer } from './support.mjs';

const listFile = join('us', '21-cfr-1310-list-i.yaml');
const taken = 'us.list-i.anthranilic-acid';
const redated = 'us.list-i.apaan';

// The rules copied into <folder>, with <taken> removed and <redated>'s effective date a month later; returns both dates.
function changedCopy(folder) {
  cpSync(join(root, 'rules'), folder, { recursive: true });
  const path = join(folder, listFile);
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.indexOf(`- id: ${taken}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('- id: '));
  lines.splice(start, end - start);
  const entry = lines.indexOf(`- id: ${redated}`);
  const at = lines.findIndex((l, i) => i > entry && l.startsWith('  effective: '));
  const real = lines[at].slice('  effective: '.length).replaceAll("'", '');
  const moved = new Date(`${real}T00:00:00Z`);
  moved.setUTCMonth(moved.getUTCMonth() + 1);
  const old = moved.toISOString().slice(0, 10);
  lines[at] = `  effective: '${old}'`;
  writeFileSync(path, lines.join('\n'));
  return { real, old };
}

describe('what changed between two knowledge-base versions, in Chromium against cordon serve', () => {
  let browser;
  let base;
  let serverHandle;
  let work;
  let token;
  let dates;
  const offHost = [];
  const problems = [];

  before(async () => {
    work = prepare('cordon-web-kb-history-test-');
    const data = join(work, 'data');
    dates = changedCopy(join(work, 'rules'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const first = await startServer(data, port, ['--rules', join(work, 'rules')]);
    token = first.token;
    first.server.kill('SIGTERM');
    await once(first.server, 'exit');
    serverHandle = await startServer(data, port, ['--rules', join(root, 'rules')], { firstStart: false });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    serverHandle?.server.kill('SIGTERM');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('compares the version before with the one in use by default: the entry put back, the date moved, with citations', async () => {
    const versions = await (await fetch(`${base}/v1/kb/versions`, { headers: { authorization: `Bearer ${token}` } })).json();
    assert.equal(versions.versions.length, 2);
    assert.equal(versions.versions[0].version, versions.current);

    const page = await guardedPage(browser, base, offHost, problems);
    await signIn(page, base, token);
    await page.getByRole('navigation').getByRole('link', { name: 'Knowledge base', exact: true }).click();
    const section = page.locator('section.kb-changes');
    await section.getByRole('heading', { level: 2, name: 'What changed' }).waitFor();
    await section.getByTestId('kb-changes-summary').waitFor();

    assert.equal(await section.locator('#kb-changes-from').inputValue(), versions.versions[1].version);
    assert.equal(await section.locator('#kb-changes-to').inputValue(), versions.current);
    assert.equal(await section.getByTestId('kb-changes-summary').innerText(), '1 added, 0 removed, 1 changed');

    const added = section.locator('[data-change="added"] tbody tr');
    assert.deepEqual(await added.evaluateAll((rows) => rows.map((r) => r.dataset.id)), [taken]);
    assert.match(await added.first().innerText(), /US · anthranilic acid/);
    assert.match(await added.first().locator('a').getAttribute('href'), /^https:\/\//);
    assert.equal(await section.locator('[data-change="removed"] tbody tr').count(), 0);
    assert.match(await section.locator('[data-change="removed"]').innerText(), /None\./);

    const changed = section.locator('[data-change="changed"] tbody tr');
    assert.deepEqual(await changed.evaluateAll((rows) => rows.map((r) => r.dataset.id)), [redated]);
    assert.match(await changed.first().innerText(), new RegExp(`effective: ${dates.old} → ${dates.real}`));
    assert.match(await changed.first().innerText(), /21 CFR 1310\.02\(a\)\(1\)/);

    await noSeriousViolations(page, 'knowledge base: what changed');
    await section.screenshot({ path: join(screenshots, 'kb-what-changed.png') });

    // The other way round: the entry is removed and the date moves back.
    await section.locator('#kb-changes-from').selectOption(versions.current);
    await section.locator('#kb-changes-to').selectOption(versions.versions[1].version);
    await page.waitForFunction(() => document.querySelector('[data-testid="kb-changes-summary"]')?.textContent === '0 added, 1 removed, 1 changed');
    assert.deepEqual(await section.locator('[data-change="removed"] tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id)), [taken]);
    assert.match(await section.locator('[data-change="changed"] tbody tr').first().innerText(), new RegExp(`effective: ${dates.real} → ${dates.old}`));
    await page.context().close();
    assert.deepEqual(offHost, []);
    assert.deepEqual(problems, []);
  });
});
