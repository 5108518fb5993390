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

/** The host of an absolute URL, without "www."; null for a link within the page's site (a relative one). */
function hostOf(url: string): string | null {
  if (!/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url)) return null;
  try {
    return new URL(url, 'https://relative.invalid/').hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
