/**
 * WCAG AA for the popup's and options page's colours (src/ui/theme.css), in both themes: text at
 * least 4.5:1 against what it sits on, switch and button outlines at least 3:1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths';

const css = readFileSync(path.join(repoRoot, 'src/ui/theme.css'), 'utf8');

function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = palette(css.slice(0, darkStart));
const dark = { ...light, ...palette(css.slice(darkStart, css.indexOf('}', css.indexOf('}', darkStart) + 1))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT: [string, string][] = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['fg', 'surface'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['danger', 'bg'],
  ['danger', 'surface'],
  ['notice-fg', 'notice-bg'],
];
const OUTLINES: [string, string][] = [
  ['control', 'bg'],
  ['control', 'surface'],
  ['accent', 'bg'],
  ['accent-fg', 'accent'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, colours) => {
  it('defines every colour it is checked for, and dark differs from light', () => {
    for (const [a, b] of [...TEXT, ...OUTLINES]) expect([colours[a], colours[b]]).toEqual([expect.stringMatching(/^#/), expect.stringMatching(/^#/)]);
    expect(dark.bg).not.toBe(light.bg);
  });

  it.each(TEXT)('text %s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(OUTLINES)('outline %s against %s reaches 3:1', (fg, bg) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(3);
  });
});
