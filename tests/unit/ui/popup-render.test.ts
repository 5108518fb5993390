/**
 * The popup drawn from the model: its notice of a page that could not read the synced settings
 * (only Chromium lets the e2e suite bring that failure about, by keeping sync from content
 * scripts, so the drawing is checked here too, apart from any browser), and where the keyboard's
 * focus goes when it is drawn again.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../src/messaging/messages';
import { renderPopup, type PopupActions } from '../../../src/popup/render';
import { popupModel } from '../../../src/popup/view-model';
import { toHostname } from '../../../src/settings/hostname';
import { DEFAULT_SETTINGS, effectiveSiteSettings } from '../../../src/settings/model';
import { SYNCED } from '../../../src/settings/status';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: (key: string) => `[${key}]` } } }));

const actions: PopupActions = {
  setSiteEnabled() {},
  setCategory() {},
  show() {},
  collapseAgain() {},
  notClutter() {},
  pick() {},
  openOptions() {},
};

function draw(syncUnread: boolean): HTMLElement {
  const page: PageState = { hostname: 'news.example', enabled: true, items: [], unsavedChoice: false, syncUnread };
  const app = document.createElement('main');
  renderPopup(app, 'news.example', popupModel(page, effectiveSiteSettings(DEFAULT_SETTINGS, toHostname('news.example')!), SYNCED), SYNCED, actions);
  return app;
}

describe('the popup', () => {
  it('says when the page could not read the synced settings, beside where they are kept, and not otherwise', () => {
    const notice = draw(true).querySelector('#page-sync-unread');
    expect(notice?.textContent).toBe('[popupPageSyncUnread]');
    expect(notice?.className).toContain('notice');
    expect(notice?.nextElementSibling?.id).toBe('storage-status');
    expect(draw(false).querySelector('#page-sync-unread')).toBeNull();
  });
});

describe('the popup drawn again', () => {
  it('keeps the keyboard on an item whose Show became Collapse again, and back', () => {
    const app = document.body.appendChild(document.createElement('main'));
    const drawItem = (revealed: boolean) => {
      const page: PageState = {
        hostname: 'news.example',
        enabled: true,
        items: [{ id: 7, kind: 'donation', preview: 'Support us', reasons: [], revealed }],
        unsavedChoice: false,
        syncUnread: false,
      };
      renderPopup(app, 'news.example', popupModel(page, effectiveSiteSettings(DEFAULT_SETTINGS, toHostname('news.example')!), SYNCED), SYNCED, actions);
    };
    drawItem(false);
    app.querySelector<HTMLElement>('#show-7')!.focus();
    drawItem(true);
    expect(document.activeElement?.id).toBe('again-7');
    drawItem(false);
    expect(document.activeElement?.id).toBe('show-7');
    // Drawn again with nothing changed, the focus stays where it is.
    app.querySelector<HTMLElement>('#keep-7')!.focus();
    drawItem(false);
    expect(document.activeElement?.id).toBe('keep-7');
    app.remove();
  });
});
