import { linkSignal } from './signals/links';

/**
 * Which site a link leads to, against the page's own: a publication's offers lead to its own
 * site (or a platform it uses), a story's "How to help" to another organisation's.
 */

/** The hosts the page is from: where it was loaded, and where it says it lives (a saved copy is served elsewhere). */
export function ownSite(doc: Document): ReadonlySet<string> {
  const hosts = new Set<string>();
  const add = (url: string | null | undefined) => {
    const host = url ? hostOf(url) : null;
    if (host) hosts.add(host);
  };
  add(doc.location?.href);
  add(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  add(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  return hosts;
}

/** Whether `href` leads to another site than `site` (ownSite): a relative link, or one to a host of the site or its subdomains, does not. */
export function leadsOffSite(href: string, site: ReadonlySet<string>): boolean {
  const host = hostOf(href);
  if (host === null) return false;
  for (const own of site) if (host === own || host.endsWith(`.${own}`) || own.endsWith(`.${host}`)) return false;
  return true;
}

/** Second-level labels under a country's domain ("co.uk", "com.au"), which name no site. */
const SECOND_LEVEL = /^(?:co|com|org|net|gov|ac|or|ne|go)$/;
/** A shorter name ("ft", "ap") is part of too many handles to tell the site's own. */
const MIN_NAME = 3;
/** Path steps read for a handle: "/pages/Gazette/123", "/user/Gazette", "/follow/Gazette". */
const HANDLE_STEPS = 3;

/** The name a host goes by: "harbourgazette" of news.harbourgazette.com or of harbourgazette.co.uk. */
function siteName(host: string): string | null {
  const labels = host.split('.');
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.test(labels[labels.length - 1]!)) labels.pop();
  const name = (labels.pop() ?? '').replace(/[^a-z0-9]/g, '');
  return name.length >= MIN_NAME ? name : null;
}

/**
 * Whether a link to a network leads to the site's own account there: its handle names the site
 * (facebook.com/HarbourGazette or harbourgazette.tumblr.com for harbourgazette.com), so the call beside
 * it is the publication's ("Follow the Gazette on Facebook"), not a story's pointer to someone else's.
 */
export function isOwnChannel(href: string, site: ReadonlySet<string>): boolean {
  let url: URL;
  try {
    url = new URL(href, 'https://relative.invalid/');
  } catch {
    return false;
  }
  const handles = [url.hostname.split('.')[0] ?? '', ...url.pathname.split('/').slice(1, HANDLE_STEPS + 1)].map((step) => step.toLowerCase().replace(/[^a-z0-9]/g, ''));
  for (const host of site) {
    const name = siteName(host);
    // The handle opens with the name ("harbourgazettetv", "theharbourgazette"): one that holds it elsewhere is another's ("foxnews" on news.example).
    if (name && handles.some((handle) => handle.startsWith(name) || handle.startsWith(`the${name}`))) return true;
  }
  return false;
}

/** Whether the links of `el` (or `el`, a link) to networks all lead to the site's own accounts there (isOwnChannel), one at least. */
export function followsOwnAccounts(el: Element, site: ReadonlySet<string>): boolean {
  let own = false;
  for (const link of el.matches('a[href]') ? [el] : el.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (linkSignal(href)?.evidence !== 'link-social') continue;
    if (!isOwnChannel(href, site)) return false;
    own = true;
  }
  return own;
}

/** The host of an absolute URL, without "www."; null for a link within the page's site (a relative one). */
function hostOf(url: string): string | null {
  if (!/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url)) return null;
  try {
    return new URL(url, 'https://relative.invalid/').hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
