import { describe, expect, it } from 'vitest';
import { parseShortLinkPath, resolveShortLink } from '../../src/lib/shortLinks';

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
