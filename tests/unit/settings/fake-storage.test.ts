import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHROME_SYNC_QUOTAS, createDevice, relay } from './fake-storage';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The fake is only worth its tests if it refuses what Chrome refuses. */
describe('fake sync area', () => {
  it('refuses an item over 8,192 bytes, counting its key', async () => {
    const { sync } = createDevice();
    await expect(sync.set({ k: 'x'.repeat(8_192 - 3) })).resolves.toBeUndefined();
    await expect(sync.set({ kk: 'x'.repeat(8_192 - 3) })).rejects.toThrow('QUOTA_BYTES_PER_ITEM');
  });

  it('refuses a write that takes the total over 102,400 bytes, and keeps the old state', async () => {
    const { sync } = createDevice();
    const items = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, 'x'.repeat(8_000)]));
    await sync.set(items);
    await expect(sync.set({ k12: 'x'.repeat(8_000) })).rejects.toThrow('QUOTA_BYTES quota exceeded');
    expect(sync.keys()).toHaveLength(12);
  });

  it('refuses a 513th item', async () => {
    const { sync } = createDevice();
    await sync.set(Object.fromEntries(Array.from({ length: CHROME_SYNC_QUOTAS.maxItems }, (_, i) => [`k${i}`, i])));
    await expect(sync.set({ one: 'more' })).rejects.toThrow('MAX_ITEMS');
  });

  it('refuses the 121st write within a minute and the 1,801st within an hour', async () => {
    const { sync } = createDevice();
    for (let i = 0; i < 120; i++) await sync.set({ k: i });
    await expect(sync.set({ k: 'again' })).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_MINUTE');
    for (let minute = 1; minute < 15; minute++) {
      vi.advanceTimersByTime(60_000);
      for (let i = 0; i < 120; i++) await sync.set({ k: i + minute });
    }
    vi.advanceTimersByTime(60_000);
    await expect(sync.set({ k: 'again' })).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_HOUR');
  });

  it('reports only real changes, after the write resolves', async () => {
    const device = createDevice();
    const events: unknown[] = [];
    device.onChanged.addListener((changes, area) => events.push([area, changes]));
    await device.sync.set({ a: 1 });
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    await device.sync.set({ a: 1 });
    await device.local.remove('missing');
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([['sync', { a: { newValue: 1 } }]]);
  });

  it('relays one device\'s writes to the other, later arrivals winning', async () => {
    const a = createDevice();
    const b = createDevice();
    relay(a, b);
    await a.sync.set({ k: 'from a' });
    await b.sync.set({ k: 'from b' });
    await vi.advanceTimersByTimeAsync(100);
    expect(a.sync.peek('k')).toBe('from b');
    expect(b.sync.peek('k')).toBe('from a');
  });
});
