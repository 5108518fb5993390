/**
 * Notices in-page navigations (history.pushState, replaceState, popstate, hash changes). The
 * content script's isolated world cannot see the page's own pushState calls, so the address is
 * compared cheaply whenever the page mutates, and on the events that do reach it.
 */
export class LocationWatch {
  #href: string;
  readonly #doc: Document;
  readonly #check = () => this.check();

  constructor(
    private readonly win: Window,
    private readonly onChange: (href: string) => void,
  ) {
    this.#doc = win.document;
    this.#href = this.#doc.URL;
  }

  start(): void {
    this.win.addEventListener('popstate', this.#check);
    this.win.addEventListener('hashchange', this.#check);
  }

  stop(): void {
    this.win.removeEventListener('popstate', this.#check);
    this.win.removeEventListener('hashchange', this.#check);
  }

  /** Runs on every batch of mutations: `document.URL` is the same address as `location.href`, read several times faster. */
  check(): void {
    const href = this.#doc.URL;
    if (href === this.#href) return;
    this.#href = href;
    this.onChange(href);
  }
}
