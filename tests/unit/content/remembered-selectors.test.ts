import { describe, expect, it } from 'vitest';
import {
  afterVisit,
  LIMITS,
  parseSiteMemory,
  RememberedSelectors,
  siteKey,
  sitesToEvict,
  type SiteMemory,
  type StorageArea,
} from '../../../src/content/remembered-selectors';

const visit = (hits: string[], learned: string[] = []) => ({
  hits: new Set(hits),
  learned: learned.map((selector) => ({ selector, kind: 'donation' as const })),
});

function memoryArea(): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of ([] as string[]).concat(keys)) if (key in data) out[key] = structuredClone(data[key]);
      return out;
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const key of ([] as string[]).concat(keys)) delete data[key];
    },
  };
}

describe('afterVisit', () => {
  const before: SiteMemory = {
    used: 1,
    selectors: [
      { selector: '.a', kind: 'donation', misses: 0 },
      { selector: '.b', kind: 'promo', misses: 1 },
      { selector: '.c', kind: 'newsletter', misses: LIMITS.forgetAfterMisses - 1 },
    ],
  };

  it('resets confirmed selectors, counts a miss for the rest, and forgets after a few misses', () => {
    const next = afterVisit(before, visit(['.b']), 5);
    expect(next).toEqual({
      used: 5,
      selectors: [
        { selector: '.b', kind: 'promo', misses: 0 },
        { selector: '.a', kind: 'donation', misses: 1 },
      ],
    });
  });

  it('puts new selectors first and keeps at most the per-site limit', () => {
    const learned = Array.from({ length: LIMITS.selectorsPerSite + 5 }, (_, i) => `.n${i}`);
    const next = afterVisit(before, visit([], learned), 5);
    expect(next.selectors).toHaveLength(LIMITS.selectorsPerSite);
    expect(next.selectors[0]).toEqual({ selector: '.n0', kind: 'donation', misses: 0 });
  });

  it('is the same when a visit is saved twice (computed from the start of the visit)', () => {
    expect(afterVisit(before, visit(['.a'], ['.z']), 9)).toEqual(afterVisit(before, visit(['.a'], ['.z']), 9));
  });
});

describe('sitesToEvict', () => {
  it('drops the least recently used beyond the cap', () => {
    expect(sitesToEvict({ a: 3, b: 1, c: 2, d: 4 }, 2)).toEqual(['b', 'c']);
    expect(sitesToEvict({ a: 1 }, 2)).toEqual([]);
  });
});

describe('parseSiteMemory', () => {
  it('keeps valid entries only, never more than the limit', () => {
    const raw = {
      used: 3,
      selectors: [
        { selector: '.ok', kind: 'promo', misses: 0 },
        { selector: '.bad-kind', kind: 'ads', misses: 0 },
        { selector: 42, kind: 'promo', misses: 0 },
        { selector: 'x'.repeat(500), kind: 'promo', misses: 0 },
        ...Array.from({ length: 40 }, (_, i) => ({ selector: `.s${i}`, kind: 'donation', misses: 1 })),
      ],
    };
    const parsed = parseSiteMemory(raw);
    expect(parsed.selectors[0]).toEqual({ selector: '.ok', kind: 'promo', misses: 0 });
    expect(parsed.selectors).toHaveLength(LIMITS.selectorsPerSite);
    expect(parseSiteMemory('garbage')).toEqual({ used: 0, selectors: [] });
  });
});

describe('RememberedSelectors', () => {
  it('saves a visit, loads it on the next one, and forgets a selector that stops matching', async () => {
    const area = memoryArea();
    const first = new RememberedSelectors(area, 'news.example');
    expect(await first.load()).toEqual([]);
    await first.save(visit([], ['.appeal']), 100);
    let misses = 0;
    for (let n = 0; n < LIMITS.forgetAfterMisses; n++) {
      const next = new RememberedSelectors(area, 'news.example');
      const loaded = await next.load();
      expect(loaded.map((s) => s.selector)).toEqual(['.appeal']);
      expect(loaded[0]!.misses).toBe(misses++);
      await next.save(visit([]), 200 + n);
    }
    expect(await new RememberedSelectors(area, 'news.example').load()).toEqual([]);
    expect(area.data).not.toHaveProperty(siteKey('news.example'));
  });

  it('writes nothing when a visit changes nothing', async () => {
    const area = memoryArea();
    const memory = new RememberedSelectors(area, 'a.example');
    await memory.load();
    await memory.save(visit([]), 1);
    expect(area.data).toEqual({});
  });

  it('keeps at most the global number of sites, dropping the least recently written', async () => {
    const area = memoryArea();
    for (let i = 0; i <= LIMITS.sites; i++) {
      const memory = new RememberedSelectors(area, `site${i}.example`);
      await memory.load();
      await memory.save(visit([], ['.appeal']), 1000 + i);
    }
    const index = area.data['remembered-index'] as Record<string, number>;
    expect(Object.keys(index)).toHaveLength(LIMITS.sites);
    expect(area.data).not.toHaveProperty(siteKey('site0.example'));
    expect(area.data).toHaveProperty(siteKey(`site${LIMITS.sites}.example`));
  });
});
