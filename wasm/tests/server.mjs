// A static server on 127.0.0.1 for the widget's tests: /maillage/ → target/dist, / → the
// partner-site demo, /fixtures/… → small pages made here. Per-path headers (CSP) on request.
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'target/dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.maillage': 'application/octet-stream', '.json': 'application/json',
};

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
export const NO_WASM_CSP = "default-src 'self'; script-src 'self'";

/** A page holding one widget. */
export function page({ attrs = '', before = '', after = '', head = '', inside = '' } = {}) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Test</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${head}
<script type="module" src="/maillage/maillage.js"></script></head>
<body><main>${before}<h1>Page de test</h1><maillage-finder ${attrs}>${inside}</maillage-finder>${after}</main></body></html>`;
}

/** What PARTNERS.md recommends: preload hints, and the emergency numbers inside the element
 *  (shown by the page itself until the widget starts, and if it never does). */
export const PRELOAD = `
<link rel="modulepreload" href="/maillage/maillage.js"><link rel="modulepreload" href="/maillage/maillage_core.js">
<link rel="preload" href="/maillage/maillage_core_bg.wasm" as="fetch" type="application/wasm" crossorigin>
<link rel="preload" href="/maillage/manche.maillage" as="fetch" crossorigin>`;
export const FALLBACK = '<p>En danger : appelez le <a href="tel:17">17</a> ou le <a href="tel:112">112</a>, SMS au <a href="sms:114">114</a>. Écoute 24 h/24 : <a href="tel:3919">39 19</a>.</p>';

/** Ancestor styles that make `position: fixed` relative to the ancestor instead of the screen. */
export const TRAPS = {
  transform: 'transform: translateZ(0)',
  filter: 'filter: saturate(1.01)',
  perspective: 'perspective: 500px',
  contain: 'contain: paint',
  'will-change': 'will-change: transform',
};

const FIXTURES = {
  '/fixtures/public.html': { body: page({ attrs: 'directory="manche.maillage" lang="fr" exit-url="https://neutral.example/"' }) },
  '/fixtures/public-en.html': { body: page({ attrs: 'directory="manche.maillage" lang="en" exit-url="https://neutral.example/"' }) },
  '/fixtures/public-ar.html': { body: page({ attrs: 'directory="manche.maillage" lang="ar" exit-url="https://neutral.example/"' }) },
  '/fixtures/pro.html': { body: page({ attrs: 'directory="manche.maillage" lang="fr" mode="professional" scope="epci:200043354"' }) },
  '/fixtures/csp.html': { body: page({ attrs: 'directory="manche.maillage" exit-url="https://neutral.example/"' }), csp: STRICT_CSP },
  '/fixtures/no-wasm.html': { body: page({ attrs: 'directory="manche.maillage"' }), csp: NO_WASM_CSP },
  '/fixtures/hostile.html': { body: page({ attrs: 'directory="/fixtures/hostile.maillage" exit-url="https://neutral.example/"' }), csp: STRICT_CSP },
  '/fixtures/frame.html': { body: '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cadre</title></head><body><h1>Page avec cadre</h1><iframe title="Aide" src="/fixtures/public.html" width="360" height="700"></iframe></body></html>' },
  '/fixtures/missing.html': { body: page({ attrs: 'directory="nowhere.maillage"' }) },
  '/fixtures/pro-sealed.html': { body: page({ attrs: 'directory="manche.maillage" lang="fr" mode="professional" scope="epci:200043354" pro-directory="/fixtures/manche.pro.maillage"' }) },
  // The directory checked against its hash from integrity.json (read when asked: dist may be
  // rebuilt after this module is imported), and against a hash of something else.
  '/fixtures/integrity.html': { get body() { return page({ attrs: `directory="manche.maillage" directory-integrity="${sri('manche.maillage')}" exit-url="https://neutral.example/"` }); } },
  '/fixtures/integrity-wrong.html': { body: page({ attrs: `directory="manche.maillage" directory-integrity="sha384-${Buffer.alloc(48).toString('base64')}" exit-url="https://neutral.example/"`, inside: FALLBACK }) },
  // The same page's emergency numbers with no widget at all: the floor of the bench's load times.
  '/fixtures/numbers-only.html': { body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Test</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main><h1>Page de test</h1>${FALLBACK}</main></body></html>` },
  '/fixtures/recommended.html': { body: page({ attrs: 'directory="manche.maillage" exit-url="https://neutral.example/"', head: PRELOAD, inside: FALLBACK }) },
  // Host stylesheets that used to blank the widget: a careless `*` rule and an ordinary dark theme.
  '/fixtures/hostile-css.html': { body: page({ attrs: 'directory="manche.maillage" exit-url="https://neutral.example/"', before: '<style>* { color: #fff !important; background: #fff !important; font-size: 9px !important; line-height: 0.9 !important; } html { font-size: 8px; }</style>' }) },
  '/fixtures/dark-css.html': { body: page({ attrs: 'directory="manche.maillage" exit-url="https://neutral.example/"', before: '<style>* { color: #e8e8e8; background: #121212; }</style>' }) },
  // Every containing-block trap of CMS themes, around a long page.
  ...Object.fromEntries(Object.entries(TRAPS).map(([name, css]) => [`/fixtures/trap-${name}.html`, {
    body: page({ attrs: 'directory="manche.maillage" exit-url="https://neutral.example/"', before: `<div style="${css}"><div style="height: 2400px">Contenu</div>`, after: '<div style="height: 2400px"></div></div>' }),
  }])),
};

/** A file's Subresource Integrity hash, as `cargo xtask dist` wrote it in integrity.json. */
export function sri(file) {
  return JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8')).files[file];
}

/** The test server; `compress` gzips responses for clients that accept it (as partners are told
 *  to configure their servers: see PARTNERS.md), for the bench on a slow network. */
export function start({ hostileBundle, compress = false } = {}) {
  const gzipped = new Map();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const fixture = FIXTURES[url.pathname];
    const headers = { 'Cache-Control': 'no-store' };
    try {
      if (fixture) {
        if (fixture.csp) headers['Content-Security-Policy'] = fixture.csp;
        res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
        res.end(fixture.body);
        return;
      }
      let file;
      if (url.pathname === '/fixtures/hostile.maillage' && hostileBundle) file = hostileBundle;
      else if (url.pathname === '/fixtures/manche.pro.maillage') file = join(ROOT, 'target/fixtures/manche.pro.maillage');
      else if (url.pathname.startsWith('/maillage/')) file = join(DIST, url.pathname.slice('/maillage/'.length));
      else file = join(ROOT, 'examples/partner-site', url.pathname === '/' ? 'index.html' : url.pathname);
      if (normalize(file) !== file || file.includes('..')) throw new Error('bad path');
      let body = await readFile(file);
      if (compress && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
        body = gzipped.get(file);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch (_) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ server, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Headless Chromium as every browser test launches it (`$CHROMIUM`, else Debian's). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
