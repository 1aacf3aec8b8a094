// <maillage-finder>: find help nearby and the next steps out of violence.
//
// One script tag and one element on a partner's page. Everything runs here, in the visitor's
// browser: no request except this widget's own files and the directory, no cookie, no storage,
// no analytics, no fonts or tiles from elsewhere. The position is asked only on a tap and never
// leaves the device. Every text from the directory is inserted as text (never as markup), and
// only https:, tel:, sms: and mailto: links are made.
//
// The domain logic (matching, ranking, opening hours, pathway order) lives in the Rust core,
// compiled to WebAssembly (maillage_core.js + maillage_core_bg.wasm, beside this file).

// Marks the start of the script for the widget's bench (BENCHMARKS.md): start → interactive.
performance.mark('maillage-start');

import { LANGUAGES, languageFor, wordsFor, wordsNow } from './words.js';

const HERE = import.meta.url;
const SAFE_SCHEMES = ['https:', 'tel:', 'sms:', 'mailto:'];
const DEFAULT_EXIT = 'https://meteofrance.com/';
// The numbers of the emergency strip, given to the catalogs as variables (left to right in
// every language).
const EMERGENCY = { police: '17', europe: '112', sms: '114', line: '39 19' };
// A directory text written in French, inside a page in another language.
const FRENCH = { lang: 'fr', dir: 'ltr' };

/** A directory text as shown on a card: a record's description is a few sentences; a huge
 *  one (a broken or hostile directory) is cut rather than freezing the page. */
function capped(text, max = 1500) {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

const CSS = `
/* Everything is sized in em from the inner root .mf, whose font size is the reader's own
   browser setting (medium): the host page's rem, * rules and colours cannot reach inside. */
/* Theme: partners set these custom properties on the element (their rules win over :host). */
:host { --mf-accent: #000091; --mf-danger: #c9191e; --mf-bg: #ffffff; --mf-fg: #161616;
  --mf-muted: #3a3a3a; --mf-line: #929292; --mf-soft: #f5f5fe; --mf-radius: 0.25em;
  --mf-font: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; --mf-focus: #0a76f6;
  display: block; }
:host([hidden]) { display: none; }
.mf { all: initial; display: block; box-sizing: border-box; font-family: var(--mf-font); font-size: medium;
  line-height: 1.5; color: var(--mf-fg); background: var(--mf-bg); max-width: 48em; padding: 0.75em;
  text-align: start; color-scheme: light; }
.mf * { box-sizing: border-box; font-family: inherit; }
.mf p, .mf ul, .mf ol { margin: 0 0 0.5em; }
.skip { position: absolute; left: -10000px; top: auto; width: 1px; height: 1px; overflow: hidden; }
.skip:focus { position: fixed; left: 0.5em; top: 0.5em; width: auto; height: auto; z-index: 2147483647;
  background: #fff; color: var(--mf-danger); padding: 0.5em 1em; outline: 3px solid var(--mf-focus); }
/* The quick exit lives in the top layer (popover): no transform, filter, contain or overflow of
   the host page can move or clip it. Without popover support it is fixed to the viewport. */
.exit { all: initial; position: fixed; inset: 0.75em 0.75em auto auto; margin: 0; z-index: 2147483646;
  background: var(--mf-danger, #c9191e); color: #fff; border: 2px solid #fff; border-radius: 0.25em;
  padding: 0.6em 1em; font: bold medium/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  cursor: pointer; box-shadow: 0 2px 6px rgba(0,0,0,.4); overflow: visible; }
@media (max-width: 40em) { .exit { inset: 0.35em 0.35em auto auto; padding: 0.35em 0.7em; font-size: 0.9em; } }
.exit:focus-visible, .mf :focus-visible { outline: 3px solid var(--mf-focus); outline-offset: 2px; }
.strip { background: var(--mf-danger); color: #fff; padding: 0.6em 0.85em; border-radius: var(--mf-radius); }
.strip p { margin: 0 0 0.3em; font-weight: bold; }
.strip a { color: #fff; display: inline-block; margin: 0.2em 0; margin-inline-end: 0.9em; font-weight: bold; text-decoration: underline; }
.strip a:focus-visible { outline-color: #fff; }
.banner { background: #fff4ce; color: #3d2e00; border-inline-start: 4px solid #8a6d00; padding: 0.5em 0.75em; margin: 0.75em 0; }
h2, h3, h4, h5 { color: inherit; font-family: inherit; line-height: 1.25; }
h2 { font-size: 1.4em; margin: 0 0 0.6em; padding-right: 5em; }
h3 { font-size: 1.2em; margin: 1.2em 0 0.4em; }
h4 { font-size: 1.05em; margin: 0 0 0.2em; }
label { display: block; font-weight: bold; margin-top: 0.6em; }
label.check { font-weight: normal; }
label.check input { width: 1.25em; height: 1.25em; vertical-align: -0.2em; margin: 0; }
.picker { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.5em; margin: 0 0 0.6em; }
.picker label { margin: 0; }
.picker select { width: auto; }
.hint, .note { color: var(--mf-muted); font-size: 0.9em; margin: 0.2em 0; }
input[type=text], input[type=password], select { font: inherit; padding: 0.5em; width: 100%; max-width: 28em; min-height: 2.75em;
  border: 0; border-bottom: 2px solid var(--mf-fg); border-radius: var(--mf-radius) var(--mf-radius) 0 0;
  background: #eeeeee; color: var(--mf-fg); }
button { font: inherit; padding: 0.5em 1em; min-height: 2.75em; border-radius: var(--mf-radius);
  border: 2px solid var(--mf-accent); background: var(--mf-accent); color: #fff; cursor: pointer; margin: 0.5em 0 0; margin-inline-end: 0.5em; }
button.secondary { background: var(--mf-bg); color: var(--mf-accent); }
a { color: var(--mf-accent); }
.combo { position: relative; max-width: 28em; }
[role=listbox] { list-style: none; margin: 0; padding: 0; border: 2px solid var(--mf-line); border-top: 0;
  background: var(--mf-bg); max-height: 16em; overflow-y: auto; }
[role=listbox][hidden] { display: none; }
[role=option] { padding: 0.5em 0.6em; cursor: pointer; }
[role=option][aria-selected=true] { background: var(--mf-accent); color: #fff; }
.results, .steps { list-style: none; padding: 0; margin: 0; }
.card { border: 1px solid var(--mf-line); border-inline-start: 4px solid var(--mf-accent); border-radius: var(--mf-radius);
  padding: 0.6em 0.8em; margin: 0.5em 0; background: var(--mf-bg); }
.now .card { background: var(--mf-soft); }
.meta { color: var(--mf-muted); font-size: 0.95em; margin: 0.2em 0; }
.state-open { color: #18753c; font-weight: bold; }
.state-closed { color: #ce0500; font-weight: bold; }
.state-unknown { color: var(--mf-muted); font-weight: bold; }
.card h4, .contacts a { overflow-wrap: break-word; }
.contacts a { display: inline-block; margin: 0.2em 0; margin-inline-end: 0.9em; color: var(--mf-accent); font-weight: bold; }
details { margin: 0.8em 0; border-top: 1px solid var(--mf-line); padding-top: 0.4em; }
summary { cursor: pointer; font-weight: bold; color: var(--mf-accent); padding: 0.4em 0; min-height: 2.75em; }
fieldset { border: 1px solid var(--mf-line); border-radius: var(--mf-radius); margin: 0.5em 0; padding: 0.4em 0.75em; }
legend { font-weight: bold; padding: 0 0.25em; color: inherit; }
fieldset label { display: inline-block; font-weight: normal; margin-inline-end: 1em; }
svg.map { width: 100%; max-width: 28em; height: auto; border: 1px solid var(--mf-line); border-radius: var(--mf-radius); background: #eef4f8; }
svg.map path { fill: #ffffff; stroke: #3a3a3a; stroke-width: 1; }
svg.map circle { fill: var(--mf-danger); stroke: #fff; stroke-width: 1.5; }
svg.map circle.here { fill: var(--mf-accent); stroke-width: 3; }
svg.map text { fill: #fff; font: bold 9px sans-serif; text-anchor: middle; dominant-baseline: central; }
.legend { list-style: none; padding: 0; font-size: 0.9em; color: var(--mf-muted); }
.legend .dot-here { background: var(--mf-accent); }
.legend .dot-place { background: var(--mf-danger); }
.legend span { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-inline-end: 0.4em; vertical-align: -0.05em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.error { color: #ce0500; font-weight: bold; }
.fallback { border: 3px solid var(--mf-danger); padding: 0.75em; }
footer { color: var(--mf-muted); font-size: 0.85em; margin-top: 1em; }
@media print {
  .exit, .skip, .no-print, button, .combo, form, summary { display: none !important; }
  details > * { display: block !important; }
  .card { break-inside: avoid; }
  a { color: #000 !important; text-decoration: none; }
}
`;

// Shown by the host page while printing: only the widget is printed.
const PRINT_HOST_CSS = '@media print { body > :not(maillage-finder) { display: none !important; } }';

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

/** Creates an element with text (never markup) and attributes. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** A link only for safe schemes; anything else becomes plain text. `content`: a text, or a list
 *  of texts and elements. */
function safeLink(href, content) {
  const parts = Array.isArray(content) ? content : [content];
  try {
    const url = new URL(href, 'https://invalid.example/');
    if (SAFE_SCHEMES.includes(url.protocol) && !/^\s*javascript:/i.test(href)) {
      return el('a', { href: url.protocol === 'https:' ? url.href : href, rel: 'noopener noreferrer' }, ...parts);
    }
  } catch (_) { /* fall through */ }
  return el('span', {}, ...parts);
}

/** A file beside the widget, refused unless the server answered 2xx. */
async function fetchOk(file, options = {}) {
  const response = await fetch(new URL(file, HERE), options);
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return response;
}

let instances = 0;
const modules = new Map();

/** A WebAssembly module of the widget (`maillage_core`, or `maillage_pro` in professional mode
 *  only), loaded once. The wasm is requested and compiled while it streams in, beside the import
 *  of its JS glue rather than after it. Default fetch options (same-origin credentials), so
 *  that a page's `<link rel="preload" as="fetch" crossorigin>` hint is reused rather than
 *  fetched twice. */
function loadModule(name) {
  if (!modules.has(name)) {
    const wasm = fetchOk(`./${name}_bg.wasm`).then(async (response) => {
      // Streaming compilation needs the right type; a server sending another one still works.
      if ((response.headers.get('Content-Type') || '').startsWith('application/wasm')) {
        return WebAssembly.compileStreaming(response);
      }
      return WebAssembly.compile(await response.arrayBuffer());
    });
    wasm.catch(() => { /* reported through the module's promise below */ });
    modules.set(name, import(new URL(`./${name}.js`, HERE).href).then(async (mod) => {
      await mod.default({ module_or_path: wasm });
      return mod;
    }));
  }
  return modules.get(name);
}

// Importable where there is no DOM (server-side rendering, a bundler's pre-pass, Node): the
// element is then a plain class and nothing is registered.
const ElementBase = globalThis.HTMLElement ?? class {};

class MaillageFinder extends ElementBase {
  static get observedAttributes() { return ['lang']; }

  constructor() {
    super();
    this.id_ = `mf${++instances}`;
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [styleSheet()];
    this.shiftPresses = [];
    this.onKey = this.onKey.bind(this);
    this.onPageShow = this.onPageShow.bind(this);
  }

  /** The language asked for: the reader's choice in the picker, else the element's `lang`
   *  attribute, else French. */
  language() { return this.chosen || languageFor(this.getAttribute('lang')); }

  /** The words shown now: the language's catalog once it is here, French until then (the
   *  emergency numbers never wait for a catalog). */
  get w() { return this.words || wordsNow(this.language()) || wordsNow(LANGUAGES[0]); }

  /** Shows the widget in `language` as soon as its catalog is here (at once for French and
   *  English). Nothing is stored: the choice lasts as long as the page. */
  useLanguage(language) {
    this.wanted = language;
    const now = wordsNow(language);
    if (now) {
      this.words = now;
      return;
    }
    wordsFor(language, HERE).then((words) => {
      if (this.wanted !== language) return;
      this.words = words;
      this.render(Boolean(this.finder));
    }, () => {
      // The catalog could not be fetched: stay in the current language and say so.
      if (this.wanted === language) this.say(this.w.t('language-unavailable', { language: language.name }));
    });
  }

  /** A directory text (`{fr, en}`, and `translated`, from the directory's texts in the reader's
   *  language): the reader's language when the directory has it, else French, marked as French
   *  so that a screen reader says it so. */
  dataText(text, translated) {
    const w = this.w;
    const own = translated || (text && (text[w.tag] || text[w.speak]));
    return own ? { text: own } : { text: text ? text.fr : '', ...FRENCH };
  }

  /** The directory's own texts in the reader's language (steps, national lines), or null. A
   *  directory publishes them apart, one file per language beside its bundle: the file is
   *  fetched once, with the hash the directory gives (the browser refuses any other bytes),
   *  and the widget is drawn again when it arrives; French shows until then. */
  directoryTexts() {
    const tag = this.w.tag;
    if (!this.finder || tag === 'fr') return null;
    this.texts_ = this.texts_ || new Map();
    const file = this.meta.translations.find((f) => f.language === tag);
    if (file && !this.texts_.has(tag)) {
      this.texts_.set(tag, null);
      const meta = this.meta;
      const directory = new URL(this.getAttribute('directory') || 'manche.maillage', HERE);
      fetchOk(new URL(file.file, directory), { integrity: file.integrity })
        .then((response) => response.json())
        .then((texts) => {
          if (meta !== this.meta || !texts || typeof texts !== 'object') return;
          this.texts_.set(tag, { steps: texts.steps || {}, national: texts.national || {} });
          if (this.w.tag === tag) this.render(true);
        })
        // Refused or unreachable: the directory's texts stay in French, marked as such.
        .catch(() => {});
    }
    return this.texts_.get(tag) || null;
  }

  /** The reason a pathway step is shown, in the reader's words. */
  stepReason(r) {
    const w = this.w;
    const question = r.question ? w.t(`question-${r.question}`) : undefined;
    return w.t(`step-reason-${r.code}`, { question, answer: r.answer ? 'yes' : 'no' });
  }
  mode() { return this.getAttribute('mode') === 'professional' ? 'professional' : 'public'; }

  connectedCallback() {
    this.useLanguage(this.language());
    document.addEventListener('keydown', this.onKey, true);
    window.addEventListener('pageshow', this.onPageShow);
    this.render();
    // The emergency numbers are on screen before the engine and the directory arrive.
    performance.mark('maillage-strip');
    this.start();
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name !== 'lang' || oldValue === newValue || !this.isConnected) return;
    // The page changed the element's language: it wins over an earlier choice in the picker.
    this.chosen = null;
    this.useLanguage(this.language());
    this.render(Boolean(this.finder));
  }

  async start() {
    try {
      // The directory and the engine travel in parallel.
      const source = this.getAttribute('directory') || 'manche.maillage';
      // With `directory-integrity` (an SRI hash from integrity.json), the browser itself
      // refuses a directory whose SHA-384 differs: an altered file is never read.
      const integrity = this.getAttribute('directory-integrity');
      // (fetch itself rejects, with a TypeError, on a mismatch or a network failure.)
      const directory = fetchOk(source, integrity ? { integrity } : {}).catch((error) => {
        this.refused = Boolean(integrity) && error instanceof TypeError;
        throw error;
      }).then((response) => response.arrayBuffer());
      const [core, buffer] = await Promise.all([loadModule('maillage_core'), directory]);
      const bytes = new Uint8Array(buffer);
      this.finder = new core.Finder(bytes);
      // Read once; answers refer to services and territories by their position in these lists.
      this.meta = this.finder.metadata();
      this.viewer = this.mode() === 'professional' ? 'professional' : 'public';
      this.render(true);
      performance.mark('maillage-ready');
      this.dispatchEvent(new CustomEvent('maillage-ready', { bubbles: true, composed: true }));
      // The search is usable: the records are read while the person types (or on first use).
      (globalThis.requestIdleCallback || setTimeout)(() => this.records());
    } catch (error) {
      this.failed = String(error && error.message ? error.message : error);
      this.render();
      this.dispatchEvent(new CustomEvent('maillage-error', { bubbles: true, composed: true, detail: this.failed }));
    }
  }

  /** The directory's services (as this viewer may see them) and territories, read from the
   *  engine once: answers refer to them by position in these lists. Read after the search is
   *  shown, not before, so that a slow phone gets the search box sooner. */
  records() {
    if (!this.records_) {
      const territories = this.finder.territories();
      this.records_ = {
        services: this.finder.services(this.viewer),
        territories,
        names: new Map(territories.map((x) => [x.id, x.name])),
      };
    }
    return this.records_;
  }

  get services() { return this.records().services; }
  get territories() { return this.records().territories; }
  get territoryNames() { return this.records().names; }

  // ---- quick exit -------------------------------------------------------------------------

  exitUrl() {
    const wanted = this.getAttribute('exit-url');
    try {
      if (wanted && new URL(wanted).protocol === 'https:') return new URL(wanted).href;
    } catch (_) { /* default */ }
    return DEFAULT_EXIT;
  }

  quickExit(event) {
    if (event) event.preventDefault();
    // Blank the page at once, then leave without keeping this page in the back history.
    const cover = document.createElement('div');
    cover.setAttribute('data-maillage-exit', '');
    Object.assign(cover.style, {
      position: 'fixed', inset: '0', background: '#ffffff', zIndex: '2147483647',
    });
    document.documentElement.append(cover);
    this.root.replaceChildren();
    this.hidden = true;
    const url = this.exitUrl();
    try {
      window.top.location.replace(url);
    } catch (_) {
      window.location.replace(url);
    }
  }

  onPageShow(event) {
    // Back from the bfcache after a quick exit: make the page usable again.
    if (event.persisted) {
      document.querySelectorAll('[data-maillage-exit]').forEach((n) => n.remove());
      this.hidden = false;
      this.render(true);
    }
  }

  onKey(event) {
    if (event.key !== 'Shift') {
      this.shiftPresses = [];
      this.unsayExit();
      return;
    }
    if (event.repeat) return;
    const now = Date.now();
    this.shiftPresses = this.shiftPresses.filter((t) => now - t < 5000);
    this.shiftPresses.push(now);
    const left = 3 - this.shiftPresses.length;
    if (left <= 0) {
      this.shiftPresses = [];
      this.quickExit();
    } else {
      this.say(this.w.t('exit-remaining', { n: left }), true);
      clearTimeout(this.exitTimer);
      this.exitTimer = setTimeout(() => { this.shiftPresses = []; this.unsayExit(); }, 5000);
    }
  }

  /** The widget's one live region: counts, suggestions and the quick-exit count. A transient
   *  message (the Shift count) gives the region back to the last lasting one when it ends. */
  say(text, transient = false) {
    if (!transient) this.lastSaid = text;
    this.exitSaid = transient;
    if (this.status) this.status.textContent = text;
  }

  unsayExit() {
    if (this.exitSaid) this.say(this.lastSaid || '');
  }

  // ---- rendering --------------------------------------------------------------------------

  /** Draws the widget; the element that had the focus (the language picker, a field) keeps it
   *  when it is drawn again. */
  render(full) {
    const focused = this.root.activeElement && this.root.activeElement.id;
    this.draw(full);
    const again = focused && this.root.getElementById(focused);
    if (again) again.focus();
  }

  draw(full) {
    const w = this.w;
    this.root.replaceChildren();
    this.setAttribute('aria-busy', this.finder || this.failed ? 'false' : 'true');
    const mf = el('div', { class: 'mf', lang: w.speak, dir: w.dir });
    this.root.append(mf);
    const exit = el('button', {
      class: 'exit', type: 'button', popover: 'manual', text: w.t('exit'),
      'aria-describedby': `${this.id_}-exit-hint`, onclick: (e) => this.quickExit(e),
    });
    mf.append(
      el('a', { class: 'skip', href: '#', text: w.t('exit-long'), onclick: (e) => this.quickExit(e) }),
      exit,
      el('p', { class: 'visually-hidden', id: `${this.id_}-exit-hint`, text: `${w.t('exit-long')}. ${w.t('exit-hint')}` }),
    );
    // In the top layer, above everything and out of the host's containing blocks.
    if (typeof exit.showPopover === 'function' && this.isConnected) {
      try { exit.showPopover(); } catch (_) { /* fixed positioning still applies */ }
    }
    this.status = el('p', { role: 'status', class: 'meta' });
    this.lastSaid = '';
    this.exitSaid = false;
    const section = el('section', { 'aria-labelledby': `${this.id_}-title` });
    mf.append(section);
    section.append(el('h2', { id: `${this.id_}-title`, text: w.t('title') }));
    section.append(this.languagePicker());
    section.append(this.emergencyStrip());
    section.append(this.status);
    if (this.failed) {
      section.append(el('div', { class: 'fallback', role: 'alert' },
        this.refused ? el('p', { text: w.t('refused') }) : null, el('p', { text: w.t('load-error', { ...EMERGENCY, children: '119' }) })));
      return;
    }
    if (this.meta && this.meta.metadata.sample) {
      section.append(el('p', { class: 'banner', text: w.t('sample') }));
    }
    if (!this.finder || !full) return;
    if (this.mode() === 'professional') this.renderProfessional(section);
    else this.renderPublic(section);
    section.append(el('details', { class: 'no-print' },
      el('summary', { text: w.t('safety-title') }),
      el('p', { text: w.t('safety') }),
      el('p', { class: 'hint', text: w.t('exit-hint') }),
      el('p', { class: 'hint' }, el('a', { href: new URL('SECURITY.md', HERE).href, hreflang: 'en', target: '_blank', rel: 'noopener noreferrer', text: w.t('threat-model') }))));
    const attribution = (this.meta.metadata.attribution || []).join(' · ');
    section.append(el('footer', { text: w.t('footer', { name: this.meta.metadata.name, sources: attribution }) }));
  }

  /** The language picker: every language named in its own words, so that a person who reads
   *  no French finds theirs on a French page. The label also says "Language" in English. */
  languagePicker() {
    const w = this.w;
    const id = `${this.id_}-lang`;
    const select = el('select', { id, class: 'lang' },
      ...LANGUAGES.map((l) => el('option', { value: l.tag, lang: l.speak || l.tag, selected: l.tag === w.tag, text: l.name })));
    select.addEventListener('change', () => {
      this.chosen = LANGUAGES.find((l) => l.tag === select.value);
      this.useLanguage(this.chosen);
      this.refocus = 'lang';
      this.render(Boolean(this.finder));
    });
    return el('div', { class: 'picker no-print' },
      el('label', { for: id }, w.t('language-label'), w.tag === 'en' ? null : el('span', { lang: 'en', dir: 'ltr' }, ' · Language')),
      select);
  }

  emergencyStrip() {
    const w = this.w;
    const emergency = w.t('emergency', EMERGENCY);
    return el('div', { class: 'strip', role: 'region', 'aria-label': emergency },
      el('p', { text: emergency }),
      safeLink('tel:17', w.t('call-police', { number: '17' })), safeLink('tel:112', w.t('call', { number: '112' })),
      safeLink('sms:114', w.t('sms', { number: '114' })), safeLink('tel:3919', w.t('call', { number: '39 19' })));
  }

  renderPublic(section) {
    const w = this.w;
    const id = this.id_;
    const input = el('input', {
      type: 'text', id: `${id}-place`, role: 'combobox', 'aria-autocomplete': 'list',
      'aria-expanded': 'false', 'aria-controls': `${id}-listbox`, 'aria-describedby': `${id}-place-hint`,
      autocomplete: 'off', spellcheck: 'false',
    });
    const listbox = el('ul', { id: `${id}-listbox`, role: 'listbox', 'aria-label': w.t('place-label'), hidden: true });
    const categories = el('select', { id: `${id}-category` },
      el('option', { value: '', text: w.t('all-categories') }),
      ...this.allowedCategories().map((c) => el('option', { value: c, text: w.t(`category-${c}`) })));
    categories.addEventListener('change', () => { if (this.here) this.showResults(); });
    // "Speaks my language": the services' own languages (ISO 639-1), for a reader who does not
    // read French; a French reader has nothing to filter.
    const spoken = w.tag.split('-')[0];
    this.languageFilter = spoken === 'fr' ? null : el('input', { type: 'checkbox', id: `${id}-speaks`, checked: this.speaksOnly });
    if (this.languageFilter) {
      this.languageFilter.addEventListener('change', () => {
        this.speaksOnly = this.languageFilter.checked;
        if (this.here) this.showResults();
      });
    }
    this.combo = { input, listbox, options: [], active: -1 };
    input.addEventListener('input', () => this.suggest());
    input.addEventListener('keydown', (e) => this.comboKey(e));
    input.addEventListener('blur', () => setTimeout(() => this.closeList(), 150));
    this.categorySelect = categories;
    section.append(
      el('div', { class: 'no-print' },
        el('label', { for: `${id}-place`, text: w.t('place-label') }),
        el('p', { class: 'hint', id: `${id}-place-hint`, text: w.t('place-hint') }),
        el('div', { class: 'combo' }, input, listbox),
        el('button', { type: 'button', class: 'secondary', text: w.t('around-me'), 'aria-describedby': `${id}-geo-note`, onclick: () => this.aroundMe() }),
        el('p', { class: 'note', id: `${id}-geo-note`, text: w.t('around-me-note') }),
        el('label', { for: `${id}-category`, text: w.t('category-label') }),
        categories,
        this.languageFilter ? el('label', { class: 'check', for: `${id}-speaks` }, this.languageFilter, ` ${w.t('speaks-my-language')}`) : null),
    );
    this.alert = el('p', { role: 'alert', class: 'error' });
    this.output = el('div', {});
    section.append(this.status, this.alert, this.output);
    if (this.here) this.showResults();
  }

  allowedCategories() {
    const wanted = (this.getAttribute('categories') || '').split(',').map((s) => s.trim()).filter(Boolean);
    const all = this.meta.categories.filter((c) => c !== 'auteurs');
    return wanted.length ? all.filter((c) => wanted.includes(c)) : all;
  }

  // ---- combobox (WAI-ARIA APG "editable combobox with list autocomplete") -------------------

  suggest() {
    const { input, listbox } = this.combo;
    const text = input.value.trim();
    listbox.replaceChildren();
    this.combo.options = [];
    this.combo.active = -1;
    input.removeAttribute('aria-activedescendant');
    if (text.length < 2) { this.closeList(); this.say(''); return; }
    const places = this.finder.places(text, 8);
    if (!places.length) {
      this.closeList();
      this.say(this.w.t('no-place'));
      return;
    }
    places.forEach((p, i) => {
      const label = p.via ? `${p.name} (${p.via})` : p.name;
      const option = el('li', {
        id: `${this.id_}-opt-${i}`, role: 'option', 'aria-selected': 'false',
        text: `${label} — ${p.postcodes.join(', ')}`,
      });
      option.addEventListener('mousedown', (e) => e.preventDefault());
      option.addEventListener('click', () => this.choose(i));
      listbox.append(option);
      this.combo.options.push({ node: option, place: p, label });
    });
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    this.say(this.w.t('suggestions', { n: places.length }));
  }

  closeList() {
    if (!this.combo) return;
    this.combo.listbox.hidden = true;
    this.combo.input.setAttribute('aria-expanded', 'false');
    this.combo.input.removeAttribute('aria-activedescendant');
  }

  comboKey(event) {
    const c = this.combo;
    const n = c.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!n) return;
      event.preventDefault();
      if (c.listbox.hidden) { c.listbox.hidden = false; c.input.setAttribute('aria-expanded', 'true'); }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      c.active = c.active < 0 ? (step > 0 ? 0 : n - 1) : (c.active + step + n) % n;
      c.options.forEach((o, i) => o.node.setAttribute('aria-selected', String(i === c.active)));
      c.input.setAttribute('aria-activedescendant', c.options[c.active].node.id);
      c.options[c.active].node.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      if (!c.listbox.hidden && n) {
        event.preventDefault();
        this.choose(c.active < 0 ? 0 : c.active);
      }
    } else if (event.key === 'Escape') {
      if (!c.listbox.hidden) { event.preventDefault(); event.stopPropagation(); this.closeList(); }
      else c.input.value = '';
    }
  }

  choose(i) {
    const o = this.combo.options[i];
    this.combo.input.value = o.label;
    this.closeList();
    this.say('');
    this.here = { lat: o.place.lat, lon: o.place.lon, name: o.place.name };
    this.showResults();
  }

  aroundMe() {
    if (!navigator.geolocation) { this.alert.textContent = this.w.t('geo-error'); return; }
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        this.here = { lat: pos.coords.latitude, lon: pos.coords.longitude, name: null };
        this.showResults();
      },
      () => { this.alert.textContent = this.w.t('geo-error'); },
      { enableHighAccuracy: false, maximumAge: 600000, timeout: 15000 },
    );
  }

  // ---- results ----------------------------------------------------------------------------

  /** The first screen after a choice: what to do now (the first pathway steps, for anyone),
   *  then the nearest places for the need chosen, then the rest on request. */
  showResults() {
    const w = this.w;
    const { lat, lon, name } = this.here;
    this.alert.textContent = '';
    const chosen = this.categorySelect.value;
    const categories = chosen ? [chosen] : this.allowedCategories().length === this.meta.categories.length - 1 ? [] : this.allowedCategories();
    const language = this.speaksOnly && this.languageFilter ? w.tag.split('-')[0] : undefined;
    const answer = this.finder.nearest(lat, lon, { categories, limit: 8, language }, Date.now());
    this.output.replaceChildren();
    if (!answer) { this.alert.textContent = w.t('outside'); return; }
    const counts = { places: answer.places.length, remote: answer.remote.length, where: name };
    this.say(name ? w.t('count-near', counts) : w.t('count-here', counts));

    // 1. What to do now: the first steps of the pathway before any answer.
    const first = this.finder.pathway(lat, lon, { role: 'victim', answers: {} }, Date.now());
    // The questions that adapt them come first, folded: one tap away on the first screen.
    this.nowOutput = first ? this.stepList(first.steps.slice(0, 2), 2) : el('ol');
    this.output.append(el('div', { class: 'now' },
      el('h3', { text: w.t('now-title') }), el('p', { class: 'hint', text: w.t('now-intro') }),
      this.questionsForm(), this.nowOutput));

    // 2. The nearest places for the need, 4 first, the others on request.
    const SHOWN = 4;
    this.output.append(el('h3', { text: name ? w.t('places-near', { where: name }) : w.t('places-here') }));
    const list = this.cards(answer.places.slice(0, SHOWN));
    this.output.append(list);
    const rest = answer.places.slice(SHOWN);
    if (rest.length) {
      const more = el('button', {
        type: 'button', class: 'secondary', text: w.t('more-places', { n: rest.length }),
        onclick: () => {
          const before = list.children.length;
          for (const li of this.cards(rest).children) list.append(li);
          more.remove();
          const heading = list.children[before]?.querySelector('h4');
          if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
        },
      });
      this.output.append(more);
    }

    // 3. On request: the lines by phone or online, and the map.
    // Emergency-only lines (17, 112, 114, 15, 18) are on screen already, in the strip and the
    // urgent step: listed last here, so the listening lines come first.
    const emergencyOnly = (n) => this.services[n.service].categories.every((c) => c === 'urgence');
    const remote = [...answer.remote.filter((n) => !emergencyOnly(n)), ...answer.remote.filter(emergencyOnly)];
    this.output.append(el('details', {},
      el('summary', { text: w.t('remote-count', { n: remote.length }) }),
      this.cards(remote)));
    const located = this.finder.locate(lat, lon);
    const territories = located ? located.territories.map((i) => this.territories[i]) : [];
    const where = territories.find((x) => x.kind === 'epci') || territories[0];
    if (where) {
      this.output.append(el('details', { class: 'no-print' },
        el('summary', { text: w.t('map-summary') }),
        this.drawMap(where, answer.places, lat, lon),
        el('ul', { class: 'legend' },
          el('li', {}, el('span', { class: 'dot-here' }), w.t('legend-here')),
          el('li', {}, el('span', { class: 'dot-place' }), w.t('legend-place')))));
    }
    this.output.append(el('button', { type: 'button', class: 'secondary', text: w.t('print'), onclick: () => this.print() }));
  }

  /** Pathway steps as cards: title, advice, why, and at most `perStep` contacts each (all when
   *  absent). */
  stepList(steps, perStep) {
    const w = this.w;
    const texts = this.directoryTexts();
    const ol = el('ol', { class: 'steps' });
    for (const step of steps) {
      const li = el('li', { class: 'card' },
        el('h4', this.dataText(step.title, texts && texts.steps[step.id] && texts.steps[step.id].title)),
        el('p', this.dataText(step.advice, texts && texts.steps[step.id] && texts.steps[step.id].advice)),
        // Before any answer every step is "for everyone": saying so is noise.
        perStep ? null : el('p', { class: 'meta', text: w.t('why', { reasons: w.list(step.why.map((r) => this.stepReason(r))) }) }));
      const list = el('ul', { class: 'results' });
      const contacts = [...step.national, ...step.services];
      for (const n of perStep ? contacts.slice(0, perStep) : contacts) {
        list.append(el('li', {}, ...this.serviceBody(this.services[n.service], n, { brief: Boolean(perStep) })));
      }
      li.append(list);
      for (const l of step.leads || []) li.append(el('p', { class: 'meta', text: w.t('lead-in', { partner: l.partner, territory: l.territory_name }) }));
      ol.append(li);
    }
    return ol;
  }

  cards(list) {
    const ul = el('ul', { class: 'results' });
    for (const n of list) ul.append(el('li', { class: 'card' }, ...this.serviceBody(this.services[n.service], n)));
    return ul;
  }

  /** Open, closed or unknown in words; what comes next, never "opens" towards an unknown span. */
  stateLine(opening, s) {
    const w = this.w;
    const state = opening ? opening.state : 'unknown';
    let text = w.t(`state-${state}`);
    const time = opening && opening.next_change ? w.time(opening.next_change) : null;
    const now = { state: text, time };
    if (state === 'open' && !time) text = w.t('state-open-always');
    else if (time && opening.next_state === 'unknown') text = w.t('uncertain-from', now);
    else if (time && state === 'open') text = w.t('until', now);
    else if (time && opening.next_state === 'open') text = w.t('opens-at', now);
    else if (time && opening.next_state === 'closed') text = w.t('closes-at', now);
    if (state === 'unknown' && s.hours) text = w.t('hours', { hours: s.hours });
    return el('span', { class: `state-${state}`, text });
  }

  /** A service's card: `s` is the record (read once), `n` the answer's row (opening, distance, reasons). */
  serviceBody(s, n = {}, { brief = false } = {}) {
    const w = this.w;
    const facts = [];
    if (n.distance_m !== null && n.distance_m !== undefined) {
      const km = n.distance_m / 1000;
      if (s.location && s.location.precision === 'commune') {
        // Only the commune is known: no false precision ("à 0,0 km").
        facts.push(w.t('in-commune', { commune: this.territoryNames.get(s.location.commune) || s.location.commune }));
        if (km >= 1) facts.push(w.t('about', { km }));
      } else {
        facts.push(w.t('distance', { km }));
      }
    }
    if (s.step_free === true) facts.push(w.t('step-free'));
    if (s.free === true) facts.push(w.t('free'));
    if (s.anonymous === true) facts.push(w.t('anonymous'));
    if (s.location && s.location.confidential) facts.push(w.t('confidential'));
    const address = s.location && s.location.address ? [s.location.address, s.location.postcode].filter(Boolean).join(', ') : null;
    const contacts = el('p', { class: 'contacts' });
    for (const c of s.contacts || []) contacts.append(this.contactLink(c));
    // What the record says in words (French, or the reader's language where the directory
    // translates it), and a line composed in the reader's language from its structured fields.
    const texts = this.directoryTexts();
    const own = (texts && texts.national[s.id]) || {};
    const said = (field) => (own[field] ? { text: capped(own[field]) } : { text: capped(s[field]), ...FRENCH });
    const summary = brief ? [] : [
      s.categories.length ? w.t('summary-kind', { kinds: w.list(s.categories.map((c) => w.t(`category-${c}`))) }) : null,
      s.access.length ? w.t('summary-reach', { ways: w.list(s.access.map((a) => w.t(`access-${a}`))) }) : null,
      s.languages.length ? w.t('summary-languages', { languages: w.list(s.languages.map((l) => w.languageName(l))) }) : null,
    ].filter(Boolean);
    return [
      el('h4', { ...FRENCH, text: s.name }),
      el('p', { class: 'meta' }, this.stateLine(n.opening, s), facts.length ? ` · ${facts.join(' · ')}` : ''),
      address ? el('p', { class: 'meta', ...FRENCH, text: address }) : null,
      summary.length ? el('p', { class: 'meta summary', text: summary.join(' · ') }) : null,
      s.description && !brief ? el('p', said('description')) : null,
      s.conditions && !brief ? el('p', { class: 'meta', ...said('conditions') }) : null,
      brief && s.verified_on ? null : el('p', { class: 'meta', text: s.verified_on ? w.t('checked', { date: w.date(s.verified_on) }) : w.t('to-verify') }),
      contacts,
    ];
  }

  /** A contact's link: what it does in the reader's words ("Appeler le 17"), the directory's
   *  own label in French, marked as such, and whether it is for professionals only. */
  contactLink(c) {
    const w = this.w;
    let does = null;
    if (c.kind === 'phone') does = w.t('call', { number: c.display });
    else if (c.kind === 'sms') does = w.t('sms', { number: c.display });
    else if (c.kind === 'email') does = w.t('email', { address: c.display });
    else if (!c.label) {
      let host = c.display;
      try { host = new URL(c.href).hostname.replace(/^www\./, ''); } catch (_) { /* as written */ }
      does = w.t('website', { host });
    }
    const label = c.label ? el('span', { ...FRENCH, text: does ? `(${c.label})` : c.label }) : null;
    const parts = [does, label, c.professionals_only ? w.t('professionals-only') : null].filter(Boolean);
    return safeLink(c.href, parts.flatMap((p, i) => (i ? [' ', p] : [p])));
  }

  drawMap(territory, results, lat, lon) {
    const points = [lat, lon];
    for (const n of results) {
      const r = this.services[n.service];
      if (r.location && r.location.point) points.push(r.location.point.lat, r.location.point.lon);
    }
    const map = this.finder.map(territory.id, 400, new Float64Array(points));
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'map');
    svg.setAttribute('viewBox', `-6 -6 ${Math.ceil(map.width) + 12} ${Math.ceil(map.height) + 12}`);
    svg.setAttribute('role', 'img');
    const title = document.createElementNS(ns, 'title');
    title.textContent = this.w.t('map-title', { where: territory.name });
    svg.append(title);
    svg.setAttribute('aria-label', title.textContent);
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', map.outline);
    svg.append(path);
    // Places at the same spot (a commune known only by its centre) make one dot with their
    // number; the person's position is drawn last, on top.
    const groups = new Map();
    for (let i = 1; i < map.points.length / 2; i++) {
      const key = `${Math.round(map.points[2 * i])},${Math.round(map.points[2 * i + 1])}`;
      const g = groups.get(key) || { x: map.points[2 * i], y: map.points[2 * i + 1], n: 0 };
      g.n += 1;
      groups.set(key, g);
    }
    const dot = (x, y, r, cls) => {
      const c = document.createElementNS(ns, 'circle');
      c.setAttribute('cx', x); c.setAttribute('cy', y); c.setAttribute('r', r);
      if (cls) c.setAttribute('class', cls);
      svg.append(c);
    };
    for (const g of groups.values()) {
      dot(g.x, g.y, g.n > 1 ? 8 : 5);
      if (g.n > 1) {
        const label = document.createElementNS(ns, 'text');
        label.setAttribute('x', g.x); label.setAttribute('y', g.y);
        label.textContent = String(g.n);
        svg.append(label);
      }
    }
    dot(map.points[0], map.points[1], 6, 'here');
    return svg;
  }

  // ---- pathway ----------------------------------------------------------------------------

  questionsForm() {
    const w = this.w;
    const id = this.id_;
    const form = el('form', { 'aria-labelledby': `${id}-q-title` });
    form.append(el('h3', { id: `${id}-q-title`, text: w.t('questions-title') }), el('p', { class: 'hint', text: w.t('questions-intro') }));
    const role = el('select', { id: `${id}-role`, name: 'role' },
      ...['victim', 'relative', 'professional', 'perpetrator'].map((r) => el('option', { value: r, text: w.t(`role-${r}`) })));
    form.append(el('label', { for: `${id}-role`, text: w.t('role') }), role);
    for (const q of this.meta.questions) {
      const fs = el('fieldset', {}, el('legend', { text: w.t(`question-${q}`) }));
      for (const [value, text] of [['yes', w.t('yes')], ['no', w.t('no')], ['', w.t('skip')]]) {
        const rid = `${id}-${q}-${value || 'skip'}`;
        fs.append(el('label', { for: rid },
          el('input', { type: 'radio', id: rid, name: q, value, checked: value === '' }), ` ${text}`));
      }
      form.append(fs);
    }
    form.append(el('button', { type: 'submit', text: w.t('show-steps') }));
    this.stepsOutput = el('div', { class: 'chosen' });
    form.addEventListener('submit', (e) => { e.preventDefault(); this.showPathway(new FormData(form)); });
    return el('div', {}, el('details', { class: 'questions' }, el('summary', { text: w.t('refine') }), form), this.stepsOutput);
  }

  showPathway(data) {
    const w = this.w;
    const situation = { role: data.get('role') || 'victim', answers: {} };
    for (const q of this.meta.questions) {
      const v = data.get(q);
      if (v === 'yes' || v === 'no') situation.answers[q] = v === 'yes';
    }
    const result = this.finder.pathway(this.here.lat, this.here.lon, situation, Date.now());
    this.stepsOutput.replaceChildren();
    if (!result) { this.alert.textContent = w.t('outside'); return; }
    const heading = el('h3', { id: `${this.id_}-steps`, tabindex: '-1', text: w.t('steps-title') });
    const ol = this.stepList(result.steps);
    this.stepsOutput.append(heading, ol);
    // The steps for this situation replace the first steps shown before any answer.
    if (this.nowOutput) this.nowOutput.hidden = true;
    this.say(w.t('steps-count', { n: result.steps.length }));
    heading.focus();
  }

  // ---- professional mode ------------------------------------------------------------------

  /** The passphrase form of the professional directory (attribute `pro-directory`). The
   *  passphrase is read once, cleared from the field, and never stored or sent. */
  renderPassphrase(section) {
    const w = this.w;
    const id = this.id_;
    const input = el('input', {
      type: 'password', id: `${id}-pass`, autocomplete: 'off', spellcheck: 'false',
      'aria-describedby': `${id}-pass-hint`, required: true,
    });
    const alert = el('p', { role: 'alert', class: 'error' });
    const form = el('form', { 'aria-labelledby': `${id}-pro-title`, class: 'no-print' },
      el('h3', { id: `${id}-pro-title`, text: w.t('pro-open-title') }),
      el('label', { for: `${id}-pass`, text: w.t('pass-label') }),
      el('p', { class: 'hint', id: `${id}-pass-hint`, text: w.t('pass-hint') }),
      input,
      el('button', { type: 'submit', text: w.t('pass-open') }),
      alert);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const passphrase = input.value;
      input.value = '';
      alert.textContent = '';
      this.say(w.t('opening'));
      try {
        await this.openProfessional(passphrase);
      } catch (error) {
        this.say('');
        alert.textContent = error && error.name === 'WrongPassphraseError' ? w.t('wrong-pass') : w.t('pro-load-error');
        input.focus();
      }
    });
    section.append(form);
  }

  async openProfessional(passphrase) {
    const source = this.getAttribute('pro-directory');
    const [pro, buffer] = await Promise.all([loadModule('maillage_pro'), fetchOk(source).then((response) => response.arrayBuffer())]);
    const finder = pro.Finder.openProfessional(new Uint8Array(buffer), passphrase);
    this.finder = finder;
    this.meta = finder.metadata();
    this.viewer = 'professional';
    this.records_ = null;
    this.texts_ = null;
    this.proOpen = true;
    this.render(true);
  }

  renderProfessional(section) {
    if (this.getAttribute('pro-directory') && !this.proOpen) {
      this.renderPassphrase(section);
      return;
    }
    const w = this.w;
    const id = this.id_;
    const scope = this.getAttribute('scope');
    const territories = this.territories.filter((x) => x.kind !== 'commune' && (x.kind !== 'departement' || !scope));
    const select = el('select', { id: `${id}-territory` },
      ...territories.map((x) => el('option', { value: x.id, text: x.name, selected: x.id === scope })));
    this.output = el('div', {});
    section.append(
      el('h3', { text: w.t('pro-title') }),
      el('div', { class: 'no-print' },
        el('label', { for: `${id}-territory`, text: w.t('territory-label') }), select,
        el('button', { type: 'button', text: w.t('show-routes'), onclick: () => this.showRoutes(select.value) }),
        el('button', { type: 'button', class: 'secondary', text: w.t('print'), onclick: () => this.print() })),
      this.status, this.output);
    this.showRoutes(select.value);
  }

  showRoutes(territory) {
    const routes = this.finder.routes(territory);
    this.output.replaceChildren();
    for (const step of routes.steps) {
      const list = el('ul', { class: 'results' });
      for (const i of [...step.national, ...step.services]) list.append(el('li', { class: 'card' }, ...this.serviceBody(this.services[i])));
      const texts = this.directoryTexts();
      this.output.append(el('h4', this.dataText(step.title, texts && texts.steps[step.id] && texts.steps[step.id].title)));
      for (const l of step.leads || []) this.output.append(el('p', { class: 'meta', text: this.w.t('lead', { partner: l.partner }) }));
      this.output.append(list);
    }
    this.say(this.w.t('routes-count', { n: routes.steps.length }));
  }

  // ---- printing ---------------------------------------------------------------------------

  print() {
    const hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(PRINT_HOST_CSS);
    const before = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...before, hostSheet];
    const restore = () => { document.adoptedStyleSheets = before; window.removeEventListener('afterprint', restore); };
    window.addEventListener('afterprint', restore);
    window.print();
  }
}

if (globalThis.customElements && !customElements.get('maillage-finder')) {
  customElements.define('maillage-finder', MaillageFinder);
}

export { MaillageFinder, LANGUAGES };
