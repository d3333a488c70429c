import { describe, expect, it } from 'vitest';
import { forwardingPageHtml, FORWARD_SCRIPT, parseShortLinkPath, resolveShortLink } from '../../src/lib/shortLinks';

describe('short links', () => {
  it.each([
    ['/r/FM-502-KEEPALIVE-RACE', '/', 'FM-502-KEEPALIVE-RACE'],
    ['/r/fm-502-keepalive-race/', '/', 'fm-502-keepalive-race'],
    ['/R/Fm-502-Keepalive-Race', '/', 'Fm-502-Keepalive-Race'],
    ['/guide/r/fm-500-x', '/guide/', 'fm-500-x'],
    ['/r/fm%2D500%2Dx', '/', 'fm-500-x'],
  ])('reads the id from %s (base %s)', (path, base, id) => {
    expect(parseShortLinkPath(path, base)).toBe(id);
  });

  it.each(['/docs/r/x', '/r/', '/r/a/b', '/r/%E0%A4%A', `/r/${'x'.repeat(200)}`, '/other/r/x'])('ignores %s', (path) => {
    expect(parseShortLinkPath(path, '/')).toBeNull();
  });

  const ids = ['FM-502-KEEPALIVE-RACE', 'FM-503-EMPTY-ENDPOINTS'];

  it('resolves any letter case to the canonical id', () => {
    expect(resolveShortLink('fm-502-KeepAlive-race', ids, {})).toEqual({
      id: 'FM-502-KEEPALIVE-RACE',
      path: '/docs/failure-modes/fm-502-keepalive-race',
    });
  });

  it('forwards a retired id to its replacement', () => {
    expect(resolveShortLink('fm-503-old', ids, { 'FM-503-OLD': 'FM-503-EMPTY-ENDPOINTS' })).toEqual({
      id: 'FM-503-EMPTY-ENDPOINTS',
      path: '/docs/failure-modes/fm-503-empty-endpoints',
      retired: 'FM-503-OLD',
    });
  });

  it('returns null for an unknown id', () => {
    expect(resolveShortLink('FM-500-NOPE', ids, {})).toBeNull();
  });
});

describe('forwardingPageHtml', () => {
  const page = forwardingPageHtml({ name: 'FM-502-KEEPALIVE-RACE', kind: 'runbook', href: '/docs/failure-modes/fm-502-keepalive-race' });

  it('forwards with a script, a no-script refresh and a visible link, all to the same place', () => {
    expect(page).toContain('<link rel="canonical" href="/docs/failure-modes/fm-502-keepalive-race" data-forward="1">');
    expect(page).toContain(`<script>${FORWARD_SCRIPT}</script>`);
    expect(page).toContain('<noscript><meta http-equiv="refresh" content="0; url=/docs/failure-modes/fm-502-keepalive-race"></noscript>');
    expect(page).toContain('<a href="/docs/failure-modes/fm-502-keepalive-race">Continue</a>');
    expect(page).toContain('<h1>Opening runbook FM-502-KEEPALIVE-RACE</h1>');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it('names an alert and shows the note', () => {
    const alert = forwardingPageHtml({
      name: 'KubePodCrashLooping',
      kind: 'alert',
      href: '/docs/x?alertname=KubePodCrashLooping',
      note: 'Pods restart.',
    });
    expect(alert).toContain('<title>Alert KubePodCrashLooping | 5xx Field Guide</title>');
    expect(alert).toContain('<p>Pods restart.</p>');
  });

  it('escapes everything it interpolates', () => {
    const hostile = forwardingPageHtml({
      name: '<img src=x onerror=alert(1)>',
      kind: 'alert',
      href: '/a?b=1&c="><script>',
      note: "it's <b>",
    });
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toContain('"><script>');
    expect(hostile).toContain('href="/a?b=1&amp;c=&quot;&gt;&lt;script&gt;"');
    expect(hostile).toContain('<p>it&#39;s &lt;b&gt;</p>');
    // The only script is the forwarder itself.
    expect(hostile.match(/<script>/g)).toHaveLength(1);
  });
});

describe('FORWARD_SCRIPT', () => {
  const forward = (canonical: string | null, search: string, hash: string): string | undefined => {
    let replaced: string | undefined;
    const document = { querySelector: () => (canonical === null ? null : { getAttribute: () => canonical }) };
    const location = { search, hash, replace: (u: string) => (replaced = u) };
    new Function('document', 'location', FORWARD_SCRIPT)(document, location);
    return replaced;
  };

  it('keeps the query string and the fragment', () => {
    expect(forward('/docs/p', '?alertname=X&service=api', '#diagnosis')).toBe('/docs/p?alertname=X&service=api#diagnosis');
  });

  it("appends to the target's own query", () => {
    expect(forward('/docs/p?alertname=X', '?service=api', '')).toBe('/docs/p?alertname=X&service=api');
  });

  it('does nothing on a page without a forwarding link', () => {
    expect(forward(null, '?a=1', '')).toBeUndefined();
  });
});
