// What the browser tests of the web application share: a real `cordon serve` on SQLite in a temporary data folder, headless
// Debian Chromium, pages that may talk to the server only, sign-in and the axe-core check.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cli = process.env.CORDON_CLI ?? join(root, 'artifacts', 'cli', 'cordon');
export const webRoot = process.env.CORDON_WEB ?? join(root, 'web', 'dist');
export const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const screenshots = join(root, 'artifacts', 'screenshots');

/** Checks that the CLI and the web application are built, makes the screenshot folder, and returns a new temporary folder
 * named from <prefix>. */
export function prepare(prefix) {
  assert.ok(existsSync(cli), `no built CLI at ${cli}: run ./cordon --help once`);
  assert.ok(existsSync(join(webRoot, 'index.html')), `no web build at ${webRoot}: cd web && npm ci && npm run build`);
  mkdirSync(screenshots, { recursive: true });
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A TCP port nothing listens on. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** Starts the server (with <extraArgs>) and resolves with the first-start token it prints once, when /health answers; with
 * <firstStart> false (a data folder a server has used before, which prints no token) as soon as /health answers. */
export async function startServer(dataDir, port, extraArgs = [], { firstStart = true } = {}) {
  const server = spawn(cli, ['serve', '--data', dataDir, '--urls', `http://127.0.0.1:${port}`,
    '--set', 'Cordon:WarmUp=false', '--set', `Cordon:WebRoot=${webRoot}`, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (chunk) => { output += chunk; });
  server.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((_, reject) => server.once('exit', (code) => reject(new Error(`cordon serve exited (${code}):\n${output}`))));
  // Once started, an exit (a test stopping the server) is nobody's error.
  exited.catch(() => {});
  const ready = (async () => {
    for (;;) {
      const token = firstStart ? /first start: created user 'admin'.*\n\s*(cdn_\S+)/.exec(output)?.[1] : null;
      if (token || !firstStart) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return token;
        } catch {
          // not listening yet
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return { server, token: await Promise.race([ready, exited]), output: () => output };
}

/** Headless Chromium with nothing of its own that calls home. */
export function launchBrowser() {
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page that may talk to <base> only: anything else is recorded in <offHost> and refused; page errors and console errors
 * not matching <expectedConsole> (Chromium logs every refused request) go to <problems>. */
export async function guardedPage(browser, base, offHost, problems, expectedConsole, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, ...contextOptions });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host !== new URL(base).host) {
      offHost.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${base}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) offHost.push(url);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedConsole?.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return page;
}

/** Signs in with an API token and waits for the Check page. */
export async function signIn(page, base, token) {
  await page.goto(`${base}/`);
  await page.locator('#token').fill(token);
  await page.locator('form[aria-labelledby="token-title"] button[type="submit"]').click();
  await page.getByRole('heading', { name: 'Check a substance' }).waitFor();
}

/** axe-core finds no serious or critical violation on the page. */
export async function noSeriousViolations(page, name) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), [],
    `axe on ${name}`);
}

/** The web application's English and Spanish dictionaries (web/src/i18n), compiled with the web project's own TypeScript
 * (web/node_modules, from its lockfile) into a temporary folder and imported: { en, es }. */
export async function loadDictionaries() {
  const web = join(root, 'web');
  assert.ok(existsSync(join(web, 'node_modules', 'typescript')), 'no web/node_modules/typescript: cd web && npm ci');
  const ts = createRequire(join(web, 'package.json'))('typescript');
  const folder = mkdtempSync(join(tmpdir(), 'cordon-i18n-'));
  try {
    for (const name of ['en.ts', 'en-more.ts', 'es.ts', 'es-more.ts']) {
      const { outputText } = ts.transpileModule(readFileSync(join(web, 'src', 'i18n', name), 'utf8'),
        { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }, fileName: name });
      // Node resolves relative imports only with their extension.
      writeFileSync(join(folder, name.replace(/\.ts$/, '.mjs')), outputText.replace(/from '\.\/([\w-]+)'/g, "from './$1.mjs'"));
    }
    const load = async (name) => (await import(pathToFileURL(join(folder, name)).href)).default;
    return { en: await load('en.mjs'), es: await load('es.mjs') };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Every leaf of a dictionary <tree> as [dotted key, string]. */
export function leaves(tree, prefix = '') {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]]);
}
