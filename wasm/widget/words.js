/*! maillage widget. Includes @fluent/bundle 0.19.1 (Apache-2.0, Mozilla Foundation and others: https://github.com/projectfluent/fluent.js). */
// The widget's words: one Fluent catalog per language (i18n/<tag>.ftl at the repository's root,
// the same identifiers and variables in every language; see TRANSLATIONS.md). French and
// English are built into the script; the other languages are fetched on demand from the
// widget's own folder (i18n/<tag>.ftl beside maillage.js), never from elsewhere.
//
// Why Fluent (@fluent/bundle): a well-kept format made for this (plurals per language, selectors,
// Unicode isolation of placeables in right-to-left text) at 4 KB gzipped, measured in the widget's
// bench; ICU MessageFormat runtimes are larger or need a build-time compiler.

import { FluentBundle, FluentResource } from '@fluent/bundle';

// The French and English catalogs (i18n/fr.ftl, i18n/en.ftl), put in by the build (`cargo xtask
// dist` gives them to esbuild as constants, comments left out).
/* global MAILLAGE_CATALOG_FR, MAILLAGE_CATALOG_EN */
const FR = MAILLAGE_CATALOG_FR;
const EN = MAILLAGE_CATALOG_EN;

/** The languages offered, each named in its own language (never translated). `locale` is what
 *  Intl formats with: Gregorian calendar and Western digits everywhere, so that dates, distances
 *  and phone numbers read alike (the Persian and Pashto locales default to the Solar Hijri
 *  calendar, Arabic to Arabic-Indic digits). */
export const LANGUAGES = [
  { tag: 'fr', name: 'Français', locale: 'fr-FR' },
  { tag: 'fr-x-falc', name: 'Français facile à lire (FALC)', locale: 'fr-FR', speak: 'fr' },
  { tag: 'en', name: 'English', locale: 'en-GB' },
  { tag: 'ar', name: 'العربية', locale: 'ar-u-ca-gregory-nu-latn', rtl: true },
  { tag: 'fa-AF', name: 'دری', locale: 'fa-AF-u-ca-gregory-nu-latn', rtl: true },
  { tag: 'ps', name: 'پښتو', locale: 'ps-u-ca-gregory-nu-latn', rtl: true },
  { tag: 'uk', name: 'Українська', locale: 'uk' },
  { tag: 'ru', name: 'Русский', locale: 'ru' },
  { tag: 'es', name: 'Español', locale: 'es' },
  { tag: 'pt', name: 'Português', locale: 'pt' },
  { tag: 'ro', name: 'Română', locale: 'ro' },
  { tag: 'tr', name: 'Türkçe', locale: 'tr' },
];

const BUILT_IN = { fr: FR, en: EN };

/** The offered language for a `lang` value: exact tag, then the same primary language
 *  (`en-US` → English, `prs` or `fa` → Dari, `pt-BR` → Portuguese); French otherwise. */
export function languageFor(wanted) {
  const tag = String(wanted || '').trim().toLowerCase();
  const exact = LANGUAGES.find((l) => l.tag.toLowerCase() === tag);
  if (exact) return exact;
  const primary = tag === 'prs' ? 'fa' : tag.split('-')[0];
  return LANGUAGES.find((l) => l.tag.split('-')[0] === primary) || LANGUAGES[0];
}

/** A language's catalog, ready to word messages. */
export class Words {
  /** `source` is the catalog's Fluent text; `fallback` (French) words what it lacks. */
  constructor(language, source, fallback = null) {
    this.language = language;
    this.tag = language.tag;
    this.dir = language.rtl ? 'rtl' : 'ltr';
    // What a screen reader should speak: FALC is French.
    this.speak = language.speak || language.tag;
    this.locale = language.locale;
    this.fallback = fallback;
    // Placeables (numbers, names) are isolated only in right-to-left text, where a phone number
    // or a French name would otherwise be reordered; in left-to-right text they need nothing.
    this.bundle = new FluentBundle(language.locale, { useIsolating: Boolean(language.rtl) });
    this.bundle.addResource(new FluentResource(source));
    this.formats = new Map();
  }

  /** The message `id` with its arguments, in this language (French if the catalog lacks it). */
  t(id, args) {
    const message = this.bundle.getMessage(id);
    if (!message || !message.value) return this.fallback ? this.fallback.t(id, args) : id;
    return this.bundle.formatPattern(message.value, args);
  }

  /** An Intl formatter of this language, made once. */
  format(kind, options) {
    const key = kind + JSON.stringify(options);
    if (!this.formats.has(key)) this.formats.set(key, new Intl[kind](this.locale, options));
    return this.formats.get(key);
  }

  /** "2026-12-01T12:00+01:00" → the reader's short weekday, date and Paris wall-clock time. */
  time(iso) {
    if (!iso) return '';
    return this.format('DateTimeFormat', {
      weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris',
    }).format(new Date(iso));
  }

  /** "2026-11-30" → the reader's short date. */
  date(day) {
    return this.format('DateTimeFormat', { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  }

  /** A list in the reader's words ("a, b et c"). */
  list(items) {
    return this.format('ListFormat', { style: 'long', type: 'conjunction' }).format(items);
  }

  /** A language's name in the reader's language ("arabe", "Arabic"). */
  languageName(code) {
    try {
      return this.format('DisplayNames', { type: 'language' }).of(code) || code;
    } catch (_) {
      return code;
    }
  }
}

const ready = new Map();
const pending = new Map();

function make(language, source) {
  return new Words(language, source, language.tag === 'fr' ? null : wordsNow(LANGUAGES[0]));
}

/** The catalog of `language` if it is here already (French and English always are), else null. */
export function wordsNow(language) {
  if (!ready.has(language.tag) && BUILT_IN[language.tag]) ready.set(language.tag, make(language, BUILT_IN[language.tag]));
  return ready.get(language.tag) || null;
}

/** The catalog of `language`, fetched once from the widget's folder (`base`: the widget's URL)
 *  unless it is built in. A failed fetch is tried again on the next choice. */
export function wordsFor(language, base) {
  const now = wordsNow(language);
  if (now) return Promise.resolve(now);
  if (!pending.has(language.tag)) {
    const loading = fetch(new URL(`i18n/${language.tag}.ftl`, base)).then((response) => {
      if (!response.ok) throw new Error(`i18n/${language.tag}.ftl: ${response.status}`);
      return response.text();
    }).then((source) => {
      const words = make(language, source);
      ready.set(language.tag, words);
      return words;
    });
    loading.catch(() => pending.delete(language.tag));
    pending.set(language.tag, loading);
  }
  return pending.get(language.tag);
}
