// Type definitions for the <maillage-finder> widget (maillage.js).
// The WebAssembly core's own definitions are in maillage_core.d.ts.

/** The `<maillage-finder>` custom element. */
export declare class MaillageFinder extends HTMLElement {
  /** Observed: `lang`, the page's language for the widget: one of `LANGUAGES` (a tag such as
   *  "fr", "en", "ar", "fa-AF", "fr-x-falc"), or a tag of the same language ("en-GB", "prs");
   *  French otherwise. The reader may pick another language in the widget; nothing is stored.
   *  Other attributes are read when the element connects:
   *  `directory` (bundle URL, relative to maillage.js; default "manche.maillage"),
   *  `mode` ("public" | "professional"), `pro-directory` (professional mode: the sealed
   *  professional bundle, opened with a passphrase asked on screen), `scope` (a territory id
   *  such as "epci:200042604"),
   *  `categories` (comma-separated category ids), `exit-url` (https page for the quick exit). */
  static readonly observedAttributes: string[];
}

/** A language the widget speaks: its BCP 47 tag, its name in itself, the locale Intl formats
 *  with, and whether it is written right to left. */
export interface Language { tag: string; name: string; locale: string; rtl?: boolean; speak?: string }

/** The languages offered by the picker, French first. French and English are built in; the
 *  others are fetched from `i18n/<tag>.ftl` beside maillage.js when a reader picks one. */
export declare const LANGUAGES: readonly Language[];

declare global {
  interface HTMLElementTagNameMap {
    'maillage-finder': MaillageFinder;
  }
  interface HTMLElementEventMap {
    /** Fired (bubbling, composed) once the directory is loaded. */
    'maillage-ready': CustomEvent<void>;
    /** Fired when the widget cannot load; `detail` is the message. The widget then shows the
     *  national numbers instead of an empty box. */
    'maillage-error': CustomEvent<string>;
  }
}
