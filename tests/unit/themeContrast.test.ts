/**
 * The theme's colour tokens (src/css/custom.css) against the backgrounds they are used on, in
 * light and dark mode: WCAG 2.2 AA asks 4.5:1 for text. axe checks contrast on the rendered pages
 * (once per template, in both schemes, in tests/e2e/pages.spec.ts); this test names the
 * token to fix when a palette change breaks it, and covers pairs a page may not show today.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const css = readFileSync(path.join(root, 'src/css/custom.css'), 'utf8');
const infima = readFileSync(path.join(root, 'node_modules/infima/dist/css/default/default.css'), 'utf8');

/** The custom properties declared in the first block opened by `selector`. */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`src/css/custom.css has no block ${selector}`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const channels = [0, 2, 4].map((i) => parseInt(m[1]?.slice(i, i + 2) ?? '0', 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Infima's defaults the site keeps (checked below against Infima's own stylesheet): the page
// background and body text in each scheme.
const infimaDefaults = {
  light: { page: '#ffffff', text: '#1c1e21' },
  dark: { page: '#1b1b1d', text: '#e3e3e3' },
};

describe('the theme tokens', () => {
  it("match Infima's defaults where the site relies on them", () => {
    expect(infima).toContain('--ifm-color-gray-900: #1c1e21');
    expect(infima).toContain('--ifm-background-color: #1b1b1d');
    expect(infima).toContain('--ifm-color-content: #e3e3e3');
    expect(infima).toContain('--ifm-footer-background-color: #303846');
  });

  const light = tokens(':root');
  const dark = { ...light, ...tokens("[data-theme='dark']") };

  for (const [scheme, t] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    const { page, text } = infimaDefaults[scheme];
    const pairs: [string, string, string, string][] = [
      ['links (--ifm-color-primary)', t['--ifm-color-primary'] ?? '', 'the page', page],
      ['links (--ifm-color-primary)', t['--ifm-color-primary'] ?? '', 'a panel (--fg-panel-bg)', t['--fg-panel-bg'] ?? ''],
      ['links (--ifm-color-primary)', t['--ifm-color-primary'] ?? '', 'a badge (--fg-badge-bg)', t['--fg-badge-bg'] ?? ''],
      ['muted text (--fg-muted)', t['--fg-muted'] ?? '', 'the page', page],
      ['muted text (--fg-muted)', t['--fg-muted'] ?? '', 'a panel (--fg-panel-bg)', t['--fg-panel-bg'] ?? ''],
      ['alert text (--fg-alert)', t['--fg-alert'] ?? '', 'the page', page],
      ['alert text (--fg-alert)', t['--fg-alert'] ?? '', 'a panel (--fg-panel-bg)', t['--fg-panel-bg'] ?? ''],
      ['body text', text, 'a panel (--fg-panel-bg)', t['--fg-panel-bg'] ?? ''],
      ['body text', text, 'a badge (--fg-badge-bg)', t['--fg-badge-bg'] ?? ''],
    ];
    it.each(pairs)(`in ${scheme} mode, %s on %s reaches 4.5:1`, (_what, fg, _on, bg) => {
      expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('keeps footer links readable on the dark footer', () => {
    const footer = tokens('.footer--dark');
    expect(contrast(footer['--ifm-footer-link-color'] ?? '', '#303846')).toBeGreaterThanOrEqual(4.5);
  });

  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
