import { describe, expect, it } from 'vitest';
import { itemBytes, planSyncWrite, SYNC_LIMITS, syncProblemOf } from '../../../src/settings/quota';
import { WriteBudget } from '../../../src/settings/write-budget';

describe('item size', () => {
  it('counts the key and the JSON of the value in UTF-8 bytes', () => {
    expect(itemBytes('g', { v: 2 })).toBe(1 + '{"v":2}'.length);
    expect(itemBytes('s:é', 'é')).toBe(4 + 4);
  });
});

describe('sync write plan', () => {
  it('takes everything that fits', () => {
    const plan = planSyncWrite(new Map(), { a: 1, b: 2 });
    expect(plan.accepted).toEqual({ a: 1, b: 2 });
    expect(plan.refused.size).toBe(0);
  });

  it('leaves out an item over the per-item quota', () => {
    const plan = planSyncWrite(new Map(), { big: 'x'.repeat(SYNC_LIMITS.quotaBytesPerItem), small: 1 });
    expect(Object.keys(plan.accepted)).toEqual(['small']);
    expect(plan.refused.get('big')).toBe('quota-item');
  });

  it('leaves out what would pass the total quota, letting shrinking items through first', () => {
    const stored = new Map([['full', SYNC_LIMITS.quotaBytes - 100]]);
    const plan = planSyncWrite(stored, { grow: 'x'.repeat(200), full: 'x'.repeat(10), tiny: 'x' });
    expect(Object.keys(plan.accepted).sort()).toEqual(['full', 'grow', 'tiny']);
    const tight = planSyncWrite(stored, { grow: 'x'.repeat(200) });
    expect(tight.refused.get('grow')).toBe('quota-bytes');
  });

  it('leaves out new items past the item count', () => {
    const stored = new Map(Array.from({ length: SYNC_LIMITS.maxItems }, (_, i) => [`k${i}`, 10] as const));
    const plan = planSyncWrite(stored, { k0: 1, extra: 1 });
    expect(plan.accepted).toEqual({ k0: 1 });
    expect(plan.refused.get('extra')).toBe('max-items');
  });
});

describe('browser errors', () => {
  it.each([
    ['QUOTA_BYTES quota exceeded', 'quota-bytes'],
    ['QUOTA_BYTES_PER_ITEM quota exceeded', 'quota-item'],
    ['MAX_ITEMS quota exceeded', 'max-items'],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', 'rate-limit'],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', 'quota-bytes'],
    ['Please set webextensions.storage.sync.enabled to true', 'sync-error'],
  ])('%s is %s', (message, problem) => {
    expect(syncProblemOf(new Error(message))).toBe(problem);
  });
});

describe('write budget', () => {
  it('allows 120 writes a minute, then waits for the oldest to age out', () => {
    const budget = new WriteBudget();
    for (let i = 0; i < SYNC_LIMITS.writesPerMinute; i++) {
      expect(budget.waitBefore(i * 100)).toBe(0);
      budget.spend(i * 100);
    }
    const now = SYNC_LIMITS.writesPerMinute * 100;
    expect(budget.waitBefore(now)).toBe(60_000 - now);
    expect(budget.waitBefore(59_999)).toBe(1);
    expect(budget.waitBefore(60_000)).toBe(0);
  });

  it('allows 1,800 writes an hour even when each minute stays under its cap', () => {
    const budget = new WriteBudget();
    for (let i = 0; i < SYNC_LIMITS.writesPerHour; i++) {
      expect(budget.waitBefore(i * 1_000)).toBe(0);
      budget.spend(i * 1_000);
    }
    // 60 a minute never meets the minute cap, but after half an hour the hour cap is spent.
    const now = SYNC_LIMITS.writesPerHour * 1_000;
    expect(budget.waitBefore(now)).toBe(3_600_000 - now);
  });
});
