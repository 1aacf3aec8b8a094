// The widget as an npm package: `npm pack` in target/dist, installed from the tarball into an
// empty project (offline: the package has no dependencies), and both entry points used from
// Node the way a developer would — the element module and the typed `Finder` engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './server.mjs';

const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

test('npm pack, install the tarball into an empty project, use the element and the Finder', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'maillage-npm-'));
  try {
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp], DIST));
    const files = packed[0].files.map((f) => f.path).sort();
    for (const f of ['maillage.js', 'maillage.d.ts', 'maillage_core.js', 'maillage_core.d.ts',
      'maillage_core_bg.wasm', 'manche.maillage', 'package.json', 'README.md', 'LICENSE-MIT']) {
      assert.ok(files.includes(f), `${f} is in the package: ${files}`);
    }
    const project = join(tmp, 'consumer');
    run('mkdir', [project], tmp);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(tmp, packed[0].filename)], project);
    writeFileSync(join(project, 'use.mjs'), `
      import { readFileSync } from 'node:fs';
      import { fileURLToPath } from 'node:url';
      import { MaillageFinder } from 'maillage-widget';
      import { initSync, Finder } from 'maillage-widget/finder';
      const file = (spec) => readFileSync(fileURLToPath(import.meta.resolve(spec)));
      initSync({ module: file('maillage-widget/maillage_core_bg.wasm') });
      const finder = new Finder(file('maillage-widget/manche.maillage'));
      const services = finder.services('public');
      const answer = finder.nearest(49.1128, -1.0724, { categories: ['ecoute'], limit: 3 }, Date.parse('2026-12-01T09:00:00Z'));
      console.log(JSON.stringify({
        element: typeof MaillageFinder,
        scope: finder.metadata().metadata.scope,
        place: finder.places('st lo', 1)[0].name,
        nearest: answer.places.map((n) => services[n.service].categories.includes('ecoute')),
      }));
    `);
    const out = JSON.parse(run('node', ['use.mjs'], project));
    assert.equal(out.element, 'function');
    assert.equal(out.scope, 'departement:50');
    assert.equal(out.place, 'Saint-Lô');
    assert.ok(out.nearest.length > 0 && out.nearest.every(Boolean), JSON.stringify(out));
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/maillage-widget/package.json'), 'utf8'));
    assert.equal(manifest.license, 'MIT OR Apache-2.0');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
