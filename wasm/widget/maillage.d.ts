// Type definitions for the <maillage-finder> widget (maillage.js).
// The WebAssembly core's own definitions are in maillage_core.d.ts.

/** The `<maillage-finder>` custom element. */
export declare class MaillageFinder extends HTMLElement {
  /** Observed: `lang` ("fr" | "en"). Other attributes are read when the element connects:
   *  `directory` (bundle URL, relative to maillage.js; default "manche.maillage"),
   *  `mode` ("public" | "professional"), `pro-directory` (professional mode: the sealed
   *  professional bundle, opened with a passphrase asked on screen), `scope` (a territory id
   *  such as "epci:200042604"),
   *  `categories` (comma-separated category ids), `exit-url` (https page for the quick exit). */
  static readonly observedAttributes: string[];
}

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
