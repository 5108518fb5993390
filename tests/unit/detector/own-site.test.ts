import { describe, expect, it } from 'vitest';
import { isOwnChannel, leadsOffSite, ownSite } from '../../../src/detector/own-site';
import { page } from './helpers';

describe('own site', () => {
  const site = new Set(['harbourgazette.example']);
  it.each(['/donate', 'donate', '#top', 'https://harbourgazette.example/donate', 'https://www.harbourgazette.example/x', '//support.harbourgazette.example/give'])(
    '%s stays on the site',
    (href) => expect(leadsOffSite(href, site)).toBe(false),
  );
  it.each(['https://www.redcross.example.org/donate', 'http://harbourgazette.example.org/', '//lifeboat.example/give'])('%s leads off it', (href) => {
    expect(leadsOffSite(href, site)).toBe(true);
  });
  it('knows the site by where the page says it lives, a saved copy being served elsewhere', () => {
    const doc = page('');
    doc.head.insertAdjacentHTML('beforeend', '<link rel="canonical" href="https://www.harbourgazette.example/2026/03/pier"><meta property="og:url" content="https://m.harbourgazette.example/pier">');
    expect([...ownSite(doc)].filter((host) => host.includes('harbour')).sort()).toEqual(['harbourgazette.example', 'm.harbourgazette.example']);
  });

  it.each([
    ['https://www.facebook.com/FoxGazette', 'news.foxgazette.example'],
    ['http://gazette.tumblr.com', 'gazette.example'],
    ['https://pinterest.com/follow/GAZETTE/', 'gazette.example'],
    ['https://www.youtube.com/user/HarbourGazetteTV', 'harbourgazette.example'],
    ['https://twitter.com/harbourgazette', 'harbourgazette.co.uk'],
    ['https://www.instagram.com/theharbourgazette/', 'harbourgazette.example'],
  ])('takes %s for the account of %s', (href, host) => {
    expect(isOwnChannel(href, new Set([host]))).toBe(true);
  });
  it.each([
    ['https://www.facebook.com/harbourfest', 'harbourgazette.example'],
    ['https://twitter.com/ftlive', 'ft.example'],
    ['https://www.facebook.com/foxnews', 'news.example'],
    ['https://twitter.com/gazette', '127.0.0.1'],
    ['not a url', 'gazette.example'],
  ])('takes %s for no account of %s', (href, host) => {
    expect(isOwnChannel(href, new Set([host]))).toBe(false);
  });
});
