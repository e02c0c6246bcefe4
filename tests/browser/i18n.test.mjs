// The web application's dictionaries (web/src/i18n): English and Spanish have the same keys and the same {{placeholders}}
// under each, no Spanish string is empty, and every key the source names in t('…') is in them. The TypeScript files are
// compiled with the web project's own TypeScript (web/node_modules, from its lockfile) into a temporary folder and imported.
// Run: node --test tests/browser/i18n.test.mjs   (needs `cd web && npm ci`)
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { leaves, loadDictionaries, root } from './support.mjs';

const web = join(root, 'web');

/** The {{names}} a string interpolates, sorted. */
const placeholders = (text) => [...String(text).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/** The .ts and .tsx files below <folder>. */
function sources(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('web dictionaries', () => {
  let en;
  let es;

  before(async () => {
    ({ en, es } = await loadDictionaries());
  });
  it('has the same keys in English and Spanish', () => {
    const english = new Set(leaves(en).map(([k]) => k));
    const spanish = new Set(leaves(es).map(([k]) => k));
    assert.ok(english.size > 100, `only ${english.size} English keys were read`);
    assert.deepEqual([...english].filter((k) => !spanish.has(k)), [], 'English keys with no Spanish string');
    assert.deepEqual([...spanish].filter((k) => !english.has(k)), [], 'Spanish keys English does not have');
  });

  it('interpolates the same {{placeholders}} in both, and no Spanish string is empty', () => {
    const spanish = new Map(leaves(es));
    const differ = leaves(en).filter(([k, v]) => spanish.has(k) && placeholders(v).join() !== placeholders(spanish.get(k)).join())
      .map(([k, v]) => `${k}: ${placeholders(v)} vs ${placeholders(spanish.get(k))}`);
    assert.deepEqual(differ, []);
    assert.deepEqual([...spanish].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k), []);
  });

  it('has every key the web source names', () => {
    const keys = new Set(leaves(en).map(([k]) => k));
    const prefixes = new Set(leaves(en).flatMap(([k]) => k.split('.').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
    const missing = [];
    let named = 0;
    for (const file of sources(join(web, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const [, key] of text.matchAll(/\bt\('([\w.-]+)'/g)) {
        named++;
        // i18next's plural forms: a key counted with {count} is found as key_one and key_other.
        if (!keys.has(key) && !(keys.has(`${key}_one`) && keys.has(`${key}_other`))) missing.push(`${file.slice(web.length + 1)}: ${key}`);
      }
      // A key built at run time (`status.${status}`): its fixed part must name a group of the dictionaries.
      for (const [, prefix] of text.matchAll(/\bt\(`([\w.-]+)\.\$\{/g)) {
        if (!prefixes.has(prefix)) missing.push(`${file.slice(web.length + 1)}: ${prefix}.*`);
      }
    }
    assert.ok(named > 100, `only ${named} keys were found in the source`);
    assert.deepEqual(missing, []);
  });
});
