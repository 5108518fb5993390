import { describe, expect, it } from 'vitest';
import { DEFAULT_GLOBAL } from '../../../src/settings/model';
import {
  decodeGlobalRecord,
  decodeSiteRecord,
  encodeGlobalRecord,
  encodeSiteRecord,
  isNewer,
  type SiteRecord,
} from '../../../src/settings/records';
import { css } from './helpers';

const noWarnings = () => {
  throw new Error('unexpected warning');
};

describe('compact site records', () => {
  it('write short keys and only what differs', () => {
    const record: SiteRecord = {
      t: 7,
      site: { enabled: false, categories: { promo: false, donation: true }, alwaysCollapse: [css('.a')], notClutter: [] },
    };
    expect(encodeSiteRecord(record)).toEqual({ t: 7, e: 0, c: { p: 0, d: 1 }, a: ['.a'] });
    expect(decodeSiteRecord(encodeSiteRecord(record), 'x')).toEqual(record);
  });

  it('keep a reset as a bare stamp', () => {
    expect(encodeSiteRecord({ t: 9, site: undefined })).toEqual({ t: 9 });
    expect(decodeSiteRecord({ t: 9 }, 'x')).toEqual({ t: 9, site: undefined });
  });
});

describe('compact global record', () => {
  it('writes the version and stamp, and leaves defaults out', () => {
    expect(encodeGlobalRecord({ t: 3, global: DEFAULT_GLOBAL })).toEqual({ v: 2, t: 3 });
    const global = { ...DEFAULT_GLOBAL, sensitivity: 'cautious' as const, categories: { ...DEFAULT_GLOBAL.categories, reminder: false } };
    expect(encodeGlobalRecord({ t: 3, global })).toEqual({ v: 2, t: 3, c: { r: 0 }, s: 'cautious' });
    expect(decodeGlobalRecord(encodeGlobalRecord({ t: 3, global }), 'g', noWarnings)).toEqual({ t: 3, global });
  });
});

describe('merge order', () => {
  const a: SiteRecord = { t: 5, site: undefined };
  const b: SiteRecord = { t: 5, site: { enabled: false, categories: {}, alwaysCollapse: [], notClutter: [] } };

  it('prefers the later stamp', () => {
    expect(isNewer({ ...a, t: 6 }, b, encodeSiteRecord)).toBe(true);
    expect(isNewer(b, { ...a, t: 6 }, encodeSiteRecord)).toBe(false);
  });

  it('breaks ties the same way on every device', () => {
    expect(isNewer(a, b, encodeSiteRecord)).not.toBe(isNewer(b, a, encodeSiteRecord));
    expect(isNewer(a, a, encodeSiteRecord)).toBe(false);
  });

  it('finds an entry read back from storage no newer than the copy that was written, whatever order its switches were set in', () => {
    // Switched off promo, then donation: the edit leaves them in that order, decoding in its own.
    const site: SiteRecord = { t: 5, site: { enabled: true, categories: { promo: false, donation: false }, alwaysCollapse: [], notClutter: [] } };
    const readBack = decodeSiteRecord(JSON.parse(JSON.stringify(encodeSiteRecord(site))), 'x');
    expect(isNewer(site, readBack, encodeSiteRecord)).toBe(false);
    expect(isNewer(readBack, site, encodeSiteRecord)).toBe(false);

    const global = { t: 5, global: { ...DEFAULT_GLOBAL, categories: { promo: false, newsletter: true, reminder: false, donation: true } } };
    const globalBack = decodeGlobalRecord(JSON.parse(JSON.stringify(encodeGlobalRecord(global))), 'g', noWarnings);
    expect(isNewer(global, globalBack, encodeGlobalRecord)).toBe(false);
    expect(isNewer(globalBack, global, encodeGlobalRecord)).toBe(false);
  });
});
