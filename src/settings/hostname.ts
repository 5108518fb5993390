declare const hostnameBrand: unique symbol;

/**
 * The key a site's settings live under: lowercase, without a trailing dot or a leading `www.`,
 * so `WWW.Example.com.` and `example.com` share one set of choices.
 */
export type Hostname = string & { readonly [hostnameBrand]: true };

const MAX_HOSTNAME_LENGTH = 253;
const DNS_NAME = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;
const IPV6_LITERAL = /^\[[0-9a-f:.]+\]$/;

/** True only for names already in normal form, which is what storage and imports must hold. */
export function isHostname(value: unknown): value is Hostname {
  return (
    typeof value === 'string' &&
    value.length <= MAX_HOSTNAME_LENGTH &&
    !value.startsWith('www.') &&
    (DNS_NAME.test(value) || IPV6_LITERAL.test(value))
  );
}

/** Normalises `location.hostname` or a typed name; undefined for pages that have no site (file:, about:). */
export function toHostname(raw: string): Hostname | undefined {
  const lowered = raw.trim().toLowerCase().replace(/\.$/, '');
  const name = lowered.startsWith('www.') ? lowered.slice('www.'.length) : lowered;
  return isHostname(name) ? name : undefined;
}
