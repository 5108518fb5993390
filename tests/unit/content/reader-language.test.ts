/**
 * What Unnag puts on a page speaks the reader's language, marked with its tag and direction, on a
 * page that may be in another: a screen reader then voices it right, and Arabic or Hebrew runs
 * right to left on an English page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ElementPicker } from '../../../src/content/picker';
import { createPlaceholder } from '../../../src/content/placeholder';
import type { TextLanguage } from '../../../src/ui/text-language';

/** The closed shadow roots attached while `build` runs (the page never gets them). */
function caughtShadowRoots(build: () => void): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  build();
  return roots;
}

function openedPlaceholder(language: TextLanguage): ShadowRoot {
  const [root] = caughtShadowRoots(() => {
    const host = createPlaceholder(document, { label: 'إخفاء نداء تبرع', show: 'إظهار', language }, () => {});
    document.body.append(host);
    expect(host.shadowRoot, 'closed to the page').toBeNull();
  });
  return root!;
}

describe('the placeholder', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it("speaks the reader's language and runs in its direction, whatever the page's", () => {
    document.documentElement.lang = 'en';
    const button = openedPlaceholder({ lang: 'ar', dir: 'rtl' }).querySelector('button')!;
    expect(button.lang).toBe('ar');
    expect(button.dir).toBe('rtl');
    expect(button.getAttribute('aria-label')).toBe('إخفاء نداء تبرع. إظهار');
  });

  it('marks English words as English on a page in another language', () => {
    document.documentElement.lang = 'ar';
    const button = openedPlaceholder({ lang: 'en', dir: 'ltr' }).querySelector('button')!;
    expect([button.lang, button.dir]).toEqual(['en', 'ltr']);
  });
});

describe('the picker', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it("speaks the reader's language and runs in its direction", () => {
    const language: TextLanguage = { lang: 'he', dir: 'rtl' };
    let picker: ElementPicker | undefined;
    const [root] = caughtShadowRoots(() => {
      picker = new ElementPicker({ doc: document, text: { label: 'בחירה', hint: 'לחצו', current: (what) => what, cancel: 'ביטול', language }, onPick: () => {} });
    });
    const bar = root!.querySelector('[role="dialog"]') as HTMLElement;
    expect([bar.lang, bar.dir, bar.getAttribute('aria-label')]).toEqual(['he', 'rtl', 'בחירה']);
    picker!.stop();
  });
});
