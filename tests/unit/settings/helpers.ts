import { toHostname, type Hostname } from '../../../src/settings/hostname';
import { toSelector, type Selector } from '../../../src/settings/selector';

/** Test shorthand: a hostname or selector known to be valid. */
export function host(raw: string): Hostname {
  const hostname = toHostname(raw);
  if (!hostname) throw new Error(`not a hostname: ${raw}`);
  return hostname;
}

export function css(raw: string): Selector {
  const selector = toSelector(raw);
  if (!selector) throw new Error(`not a selector: ${raw}`);
  return selector;
}
