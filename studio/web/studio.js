// The coordinator's studio: a page over the maillage libraries compiled to WebAssembly
// (maillage_studio.js). Every check, file and figure comes from Rust; this file reads files the
// coordinator picks, shows answers (text inserted as text, never as markup) and offers
// downloads. Nothing is sent or stored: no request but the page's own files, the widget's and
// the published directory, all loaded at the start so that the page then works offline.
import init, { Studio } from './maillage_studio.js';

const $ = (id) => document.getElementById(id);

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/** The date in Paris, YYYY-MM-DD. */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function say(text) { $('status').textContent = text; }
function alertText(text) {
  const a = $('alert');
  a.hidden = !text;
  a.textContent = text || '';
}
/** The message of an error thrown by the module (or anything else). */
const why = (e) => (e && e.message) || String(e);

/** Offers bytes or text as a download. */
function download(name, data, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const state = {
  studio: null,
  summary: null,
  sheet: null, // { name, bytes }
  rows: null, // the sheet's cells, for the row view
  proBundle: null, // the last professional bundle built (for the preview)
  baseBytes: null,
};

// ------------------------------------------------------------------------------------------
// Opening

async function openBase(bytes, what) {
  if (new TextDecoder().decode(bytes.slice(0, 12)) === 'MAILLAGE-PRO') {
    state.pendingPro = bytes;
    $('base-pass-form').hidden = false;
    $('base-pass').focus();
    say(`${what} : annuaire professionnel, donnez la phrase secrète du réseau.`);
    return;
  }
  setStudio(Studio.fromBundle(bytes), what);
  state.baseBytes = bytes;
}

function setStudio(studio, what) {
  state.studio?.free();
  state.studio = studio;
  state.sheet = null;
  state.rows = null;
  refreshSummary();
  $('base-summary').textContent = `${what} : ${describe(state.summary)}.`;
  showDirectoryCheck();
  showCoverage();
  refreshPreview();
  showLeaflets();
}

function describe(s) {
  return `${s.scope_name || s.scope}, ${s.services} services locaux, ${s.national} lignes nationales, ${s.epci.length} EPCI`
    + (s.professional ? ' (annuaire professionnel)' : '')
    + (s.sample ? ' — données d\'exemple, à vérifier' : '');
}

function refreshSummary() {
  state.summary = JSON.parse(state.studio.summary());
}

/** The most the studio reads from one file (the libraries refuse more anyway: SECURITY.md). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

async function readFile(file) {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`${file.name} : ${file.size} octets, plus que le studio n'en lit (${MAX_FILE_BYTES}) — est-ce le bon fichier ?`);
  }
  return new Uint8Array(await file.arrayBuffer());
}

async function openSheet(file) {
  if (!file) return;
  state.sheet = { name: file.name, bytes: await readFile(file) };
  $('sheet-name').textContent = `Tableur ouvert : ${file.name}`;
  checkSheet();
}

// ------------------------------------------------------------------------------------------
// Checking

/** A small CSV reader for the row view only (the problems come from Rust): quotes, `;`, `,`
 *  or tab, as detected on the header line. */
function parseCsv(text) {
  text = text.replace(/^\uFEFF/, '');
  const head = text.split(/\r?\n/, 1)[0];
  const count = (c) => head.split(c).length;
  const sep = [';', ',', '\t'].sort((a, b) => count(b) - count(a))[0];
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { row.push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function columnLetter(i) {
  let n = i + 1;
  let s = '';
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

function checkSheet() {
  if (!state.sheet) return;
  let result;
  try {
    result = JSON.parse(state.studio.checkSheet(state.sheet.bytes, today()));
  } catch (e) {
    alertText(`Le tableur n'a pas pu être vérifié : ${why(e)}`);
    return;
  }
  try {
    state.rows = parseCsv(new TextDecoder().decode(state.sheet.bytes)).filter((r) => r.some((c) => c.trim() !== ''));
  } catch (_) { state.rows = null; }
  const others = result.others.filter((p) => p.severity === 'error');
  const errors = result.errors.length + others.length;
  const warnings = result.warnings.length + result.others.length - others.length;
  $('row-view').hidden = true;
  if (result.valid) {
    refreshSummary();
    alertText('');
    $('check-summary').textContent = `${state.sheet.name} : ${result.rows} lignes lues, aucune erreur, ${warnings} avertissement(s). L'annuaire est prêt à publier.`;
    say(`Tableur vérifié : aucune erreur, ${warnings} avertissement(s).`);
  } else {
    $('check-summary').textContent = `${state.sheet.name} : ${result.rows} lignes lues, ${errors} erreur(s) à corriger dans le tableur, ${warnings} avertissement(s). Corrigez-les, enregistrez le fichier, puis déposez-le à nouveau.`;
    alertText(`${errors} erreur(s) dans le tableur : rien ne peut être publié avant leur correction.`);
    say(`Tableur vérifié : ${errors} erreur(s).`);
  }
  $('errors').replaceChildren(problemTable('Erreurs à corriger', result.errors, others));
  const ws = result.others.filter((p) => p.severity !== 'error');
  $('warnings').replaceChildren(problemTable('Avertissements', result.warnings, ws));
  $('warnings-title').textContent = `Avertissements : sources anciennes, fiches à vérifier (${warnings})`;
  if (result.valid) { showCoverage(); refreshPreview(); showLeaflets(); }
  $('verifier').focus();
}

/** What is wrong, worded by the studio (French). */
const reasonSpan = (p) => el('span', { text: p.message });

/** A table of problems: the sheet's (row, column, field, record, reason; the row is a button
 *  that shows the row) and the directory's other files (file, field, record, reason). */
function problemTable(title, sheet, files) {
  const box = el('div');
  if (!sheet.length && !files.length) {
    box.append(el('p', { text: `${title} : aucun.` }));
    return box;
  }
  if (sheet.length) {
    box.append(el('table', { class: 'problems' },
      el('caption', { text: `${title} (${sheet.length}) dans le tableur` }),
      el('thead', {}, el('tr', {}, ['Ligne', 'Colonne', 'Champ', 'Fiche', 'Problème'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, sheet.map((p) => el('tr', {},
        el('td', {}, p.row ? el('button', { type: 'button', class: 'link', onclick: () => showRow(p.row, sheet), text: `Ligne ${p.row}` }) : '—'),
        el('td', { text: p.column || '—' }),
        el('td', { text: p.header || '—' }),
        el('td', { text: p.record || '—' }),
        el('td', {}, reasonSpan(p))))),
    ));
  }
  if (files.length) {
    box.append(el('table', { class: 'problems' },
      el('caption', { text: `${title} (${files.length}) dans le reste de l'annuaire` }),
      el('thead', {}, el('tr', {}, ['Fichier', 'Champ', 'Fiche', 'Problème'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, files.map((p) => el('tr', {},
        el('td', { text: p.file }),
        el('td', { text: p.field || p.pointer || '—' }),
        el('td', { text: p.record || '—' }),
        el('td', {}, reasonSpan(p))))),
    ));
  }
  return box;
}

/** The row of the sheet, cell by cell, its problems marked in words. */
function showRow(number, problems) {
  const view = $('row-view');
  const mine = problems.filter((p) => p.row === number);
  $('row-title').textContent = `Ligne ${number} du tableur${mine[0]?.record ? ` — fiche « ${mine[0].record} »` : ''}`;
  const header = state.rows?.[0] || [];
  const cells = state.rows?.[number - 1];
  if (!cells) {
    $('row-cells').replaceChildren(el('ul', {}, mine.map((p) => el('li', {}, `Colonne ${p.column || '?'} (${p.header || '?'}) : `, reasonSpan(p)))));
  } else {
    $('row-cells').replaceChildren(el('table', { class: 'row' },
      el('caption', { text: `Contenu de la ligne ${number}` }),
      el('thead', {}, el('tr', {}, ['Colonne', 'Champ', 'Valeur', 'Problème'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, header.map((h, i) => {
        const letter = columnLetter(i);
        const here = mine.filter((p) => p.column === letter);
        return el('tr', { class: here.length ? 'bad' : null },
          el('th', { scope: 'row', text: letter }),
          el('td', { text: h.replace(/^\uFEFF/, '') }),
          el('td', { text: cells[i] ?? '' }),
          el('td', {}, here.map((p) => el('p', {}, `${p.severity === 'error' ? 'Erreur' : 'Avertissement'} : `, reasonSpan(p)))));
      }))));
  }
  view.hidden = false;
  view.focus();
}

function showDirectoryCheck() {
  const result = JSON.parse(state.studio.validate(today()));
  $('check-summary').textContent = `Annuaire de départ : ${result.errors.length} erreur(s), ${result.warnings.length} avertissement(s). Ouvrez un tableur pour le vérifier.`;
  $('errors').replaceChildren(problemTable('Erreurs', [], result.errors));
  $('warnings').replaceChildren(problemTable('Avertissements', [], result.warnings));
  $('warnings-title').textContent = `Avertissements : sources anciennes, fiches à vérifier (${result.warnings.length})`;
  $('row-view').hidden = true;
}

// ------------------------------------------------------------------------------------------
// Coverage

const REASONS = {
  'no-source': 'sans source',
  'to-verify': 'à vérifier',
  'verified-long-ago': 'vérifiée il y a plus d\'un an',
  'old-page': 'page source ancienne',
};
const pct = (x) => `${Math.round(x * 100)} %`;
const km = (x) => (x === null || x === undefined ? 'aucun lieu' : `${x.toLocaleString('fr-FR')} km`);

let mapUrl = null;
function showCoverage() {
  const s = state.summary;
  const select = $('category');
  if (!select.options.length) {
    for (const [code, label] of s.categories) select.append(el('option', { value: code, text: label }));
    select.value = 'ecoute';
  }
  const category = select.value;
  const label = select.selectedOptions[0].textContent;
  let report;
  let svg;
  try {
    report = JSON.parse(state.studio.coverageJson(today()));
    svg = state.studio.coverageSvg(today(), category);
  } catch (e) {
    alertText(`La couverture n'a pas pu être calculée : ${why(e)}`);
    return;
  }
  if (mapUrl) URL.revokeObjectURL(mapUrl);
  mapUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  $('map').src = mapUrl;
  $('map').alt = `Carte des communes colorées selon la distance au lieu le plus proche — ${label}. Les tableaux qui suivent en donnent le détail.`;
  $('map-caption').textContent = `Distance de chaque commune au lieu d'accueil public le plus proche qui la dessert (${label}), au ${report.today}.`;
  const epciName = new Map(report.epci.map((e) => [e.id, e.name]));
  // The communes far from any listening place (or with none), which need a line at least.
  const far = report.communes
    .filter((c) => c.distances.ecoute === null || c.distances.ecoute > s.over_km)
    .sort((a, b) => (b.distances.ecoute ?? Infinity) - (a.distances.ecoute ?? Infinity) || b.population - a.population);
  $('far').replaceChildren(
    el('h3', { text: `Communes sans lieu d'écoute à moins de ${s.over_km} km (${far.length})` }),
    far.length ? el('table', {},
      el('caption', { text: 'Communes sans lieu d\'écoute proche, la plus éloignée d\'abord' }),
      el('thead', {}, el('tr', {}, ['Commune', 'EPCI', 'Habitants', 'Lieu d\'écoute le plus proche', 'Ligne d\'écoute (téléphone, en ligne)'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, far.map((c) => el('tr', {},
        el('th', { scope: 'row', text: c.name }),
        el('td', { text: epciName.get(c.epci) || '—' }),
        el('td', { class: 'num', text: c.population.toLocaleString('fr-FR') }),
        el('td', { text: km(c.distances.ecoute) }),
        el('td', { text: c.remote.ecoute ? 'oui' : 'non' }))))) : el('p', { text: 'Aucune : chaque commune a un lieu d\'écoute proche.' }));
  const row = (e) => {
    const f = e.by_category[category];
    return el('tr', {},
      el('th', { scope: 'row', text: e.name }),
      el('td', { class: 'num', text: e.population.toLocaleString('fr-FR') }),
      el('td', { class: 'num', text: pct(f.share_over_20km) }),
      el('td', { class: 'num', text: pct(f.share_without_place) }),
      el('td', { class: 'num', text: f.mean_km === null ? '—' : `${f.mean_km.toLocaleString('fr-FR')} km` }),
      el('td', { class: 'num', text: pct(f.share_remote) }));
  };
  $('epci-figures').replaceChildren(
    el('h3', { text: `Par EPCI — ${label}` }),
    el('table', {},
      el('caption', { text: `Part des habitants par EPCI — ${label}` }),
      el('thead', {}, el('tr', {}, ['EPCI', 'Habitants', `À plus de ${s.over_km} km`, 'Sans aucun lieu', 'Distance moyenne', 'Desservis par une ligne'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, report.epci.map(row)),
      el('tfoot', {}, row({ ...report.total, name: 'Total' }))));
  const first = report.to_verify.slice(0, 20);
  $('to-verify').replaceChildren(
    el('h3', { text: `Fiches à vérifier en premier (${report.to_verify.length})` }),
    el('table', {},
      el('caption', { text: 'Les 20 premières fiches à vérifier, dans l\'ordre conseillé' }),
      el('thead', {}, el('tr', {}, ['Fiche', 'Pourquoi', 'Catégorie', 'Habitants desservis', 'Vérifiée le'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, first.map((v) => el('tr', {},
        el('th', { scope: 'row', text: v.name }),
        el('td', { text: v.reasons.map((r) => REASONS[r] || r).join(', ') }),
        el('td', { text: (s.categories.find(([c]) => c === v.category) || [, '—'])[1] }),
        el('td', { class: 'num', text: v.population.toLocaleString('fr-FR') }),
        el('td', { text: v.verified_on || '—' }))))));
}

// ------------------------------------------------------------------------------------------
// Preview: the real widget, on the edited directory.

let previewUrls = [];
function refreshPreview() {
  let bytes;
  try {
    bytes = state.studio.buildPublic(today());
  } catch (e) {
    for (const id of ['preview-public', 'preview-pro']) {
      $(id).replaceChildren($(id).firstElementChild, el('p', { text: `Aperçu indisponible : ${why(e)}` }));
    }
    return;
  }
  previewUrls.forEach((u) => URL.revokeObjectURL(u));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  previewUrls = [url];
  const scope = state.summary.epci[0]?.[0];
  const pub = el('maillage-finder', { directory: url, lang: 'fr' });
  const attrs = { directory: url, lang: 'fr', mode: 'professional', scope };
  if (state.proBundle) {
    const pro = URL.createObjectURL(new Blob([state.proBundle], { type: 'application/octet-stream' }));
    previewUrls.push(pro);
    attrs['pro-directory'] = pro;
  }
  const proEl = el('maillage-finder', attrs);
  $('preview-public').replaceChildren($('preview-public').firstElementChild, pub);
  $('preview-pro').replaceChildren($('preview-pro').firstElementChild, proEl);
}

// ------------------------------------------------------------------------------------------
// Publishing

function builtOn() { return $('built-on').value || today(); }

function guarded(action) {
  return async (event) => {
    event?.preventDefault?.();
    try {
      alertText('');
      await action();
    } catch (e) {
      alertText(`Impossible : ${why(e)}`);
      say(`Impossible : ${why(e)}`);
    }
  };
}

function showLeaflets() {
  const pro = $('leaflet-pro').checked;
  const box = $('leaflets');
  let list;
  try {
    list = JSON.parse(state.studio.leaflets(pro));
  } catch (e) {
    box.replaceChildren(el('p', { text: why(e) }));
    return;
  }
  state.leaflets = list;
  box.replaceChildren(
    el('p', {}, el('button', { type: 'button', onclick: () => list.forEach((l) => download(l.file, l.html, 'text/html')), text: `Télécharger les ${list.length} dépliants` })),
    el('table', {},
      el('caption', { text: pro ? 'Dépliants professionnels par EPCI' : 'Dépliants par EPCI' }),
      el('thead', {}, el('tr', {}, ['EPCI', 'Fichier', 'Actions'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, list.map((l) => el('tr', {},
        el('th', { scope: 'row', text: l.name }),
        el('td', { text: l.file }),
        el('td', {},
          el('button', { type: 'button', onclick: () => printLeaflet(l), text: 'Imprimer', 'aria-label': `Imprimer le dépliant ${l.name}` }), ' ',
          el('button', { type: 'button', class: 'secondary', onclick: () => download(l.file, l.html, 'text/html'), text: 'Télécharger', 'aria-label': `Télécharger le dépliant ${l.name}` })))))));
}

/** Prints a leaflet in one click: a hidden frame holding it, and the browser's print dialog. */
function printLeaflet(l) {
  document.querySelector('iframe.print')?.remove();
  const url = URL.createObjectURL(new Blob([l.html], { type: 'text/html' }));
  const frame = el('iframe', { class: 'print', title: `Dépliant ${l.name}`, src: url, tabindex: '-1', 'aria-hidden': 'true' });
  frame.addEventListener('load', () => { frame.contentWindow.focus(); frame.contentWindow.print(); });
  document.body.append(frame);
  say(`Impression du dépliant ${l.name}.`);
}

function wire() {
  $('base-file').addEventListener('change', guarded(async () => {
    const f = $('base-file').files[0];
    if (f) await openBase(await readFile(f), f.name);
  }));
  $('base-pass-form').addEventListener('submit', guarded(async (e) => {
    const pass = $('base-pass').value;
    $('base-pass').value = '';
    say('Ouverture de l\'annuaire professionnel…');
    await new Promise((r) => setTimeout(r, 30));
    setStudio(Studio.fromProfessional(state.pendingPro, pass), 'Annuaire professionnel');
    state.pendingPro = null;
    $('base-pass-form').hidden = true;
    say('Annuaire professionnel ouvert.');
  }));
  $('sheet-file').addEventListener('change', guarded(() => openSheet($('sheet-file').files[0])));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', guarded(async (e) => {
    drop.classList.remove('over');
    await openSheet(e.dataTransfer.files[0]);
  }));
  $('sheet-from-base').addEventListener('click', guarded(() => {
    const csv = state.studio.exportCsv(true, false, true);
    state.sheet = { name: 'tableur-de-l-annuaire.csv', bytes: new TextEncoder().encode(csv) };
    $('sheet-name').textContent = 'Tableur de l\'annuaire actuel (à télécharger à l\'étape 5 pour le modifier).';
    checkSheet();
  }));
  $('sheet-forget').addEventListener('click', guarded(() => {
    state.studio.reset();
    state.sheet = null;
    $('sheet-name').textContent = '';
    refreshSummary();
    showDirectoryCheck();
    showCoverage();
    refreshPreview();
    showLeaflets();
    say('Retour à l\'annuaire de départ.');
  }));
  $('merge-file').addEventListener('change', guarded(async () => {
    const f = $('merge-file').files[0];
    if (!f) return;
    const out = JSON.parse(state.studio.mergeImport($('merge-format').value, f.name, await readFile(f), state.sheet?.bytes));
    const bytes = new TextEncoder().encode(out.csv);
    state.sheet = { name: `fusion-${f.name.replace(/\.json$/i, '')}.csv`, bytes };
    $('sheet-name').textContent = `Tableur fusionné avec ${f.name}.`;
    $('merge-result').replaceChildren(
      el('p', { text: `${f.name} : fiches ajoutées au tableur ; ${out.problems.length} point(s) à relire.` }),
      el('button', { type: 'button', onclick: () => download(state.sheet.name, bytes, 'text/csv'), text: 'Télécharger le tableur fusionné (pour le relire)' }),
      out.problems.length ? el('ul', {}, out.problems.slice(0, 50).map((p) => el('li', {}, p.record ? `${p.record} : ` : '', reasonSpan(p)))) : '');
    checkSheet();
  }));
  $('category').addEventListener('change', () => showCoverage());
  $('preview-refresh').addEventListener('click', () => refreshPreview());
  $('dl-public').addEventListener('click', guarded(() => {
    download('manche.maillage', state.studio.buildPublic(builtOn()), 'application/octet-stream');
    say('Annuaire public téléchargé.');
  }));
  $('pro-form').addEventListener('submit', guarded(async () => {
    const a = $('pro-pass').value;
    if (a !== $('pro-pass2').value) throw new Error('Les deux phrases secrètes diffèrent.');
    say('Scellement de l\'annuaire professionnel (quelques secondes)…');
    await new Promise((r) => setTimeout(r, 30));
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const nonce = crypto.getRandomValues(new Uint8Array(24));
    const bytes = state.studio.buildProfessional(builtOn(), a, salt, nonce);
    $('pro-pass').value = '';
    $('pro-pass2').value = '';
    state.proBundle = bytes;
    download('manche.pro.maillage', bytes, 'application/octet-stream');
    refreshPreview();
    say('Annuaire professionnel téléchargé. L\'aperçu professionnel l\'ouvre avec la même phrase secrète.');
  }));
  $('dl-csv').addEventListener('click', guarded(() => {
    download('services.csv', state.studio.exportCsv(true, false, true), 'text/csv');
  }));
  $('dl-hsds').addEventListener('click', guarded(() => {
    download('hsds.json', state.studio.exportHsds(true, false), 'application/json');
  }));
  $('dl-di').addEventListener('click', guarded(() => {
    const out = JSON.parse(state.studio.exportDataInclusion(true, false, today()));
    download('structures.json', out.structures, 'application/json');
    download('services.json', out.services, 'application/json');
  }));
  $('leaflet-pro').addEventListener('change', () => showLeaflets());
}

async function main() {
  $('built-on').value = today();
  wire();
  try {
    // The engine, the widget (both its modules, so that the preview needs no network later)
    // and the published directory, all at once.
    const [, , , , base] = await Promise.all([
      init(),
      import('../maillage.js'),
      import('../maillage_core.js').then((m) => m.default()),
      import('../maillage_pro.js').then((m) => m.default()),
      fetch('../manche.maillage').then((r) => {
        if (!r.ok) throw new Error(`manche.maillage : ${r.status}`);
        return r.arrayBuffer();
      }),
    ]);
    await openBase(new Uint8Array(base), 'Annuaire publié actuel');
    document.body.dataset.ready = 'true';
    say('Studio prêt. Déposez le tableur des structures pour le vérifier.');
  } catch (e) {
    alertText(`Le studio n'a pas pu démarrer : ${why(e)}`);
    say(`Le studio n'a pas pu démarrer : ${why(e)}`);
  }
}

main();
