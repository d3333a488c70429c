import { describe, expect, it } from 'vitest';
import { findPlaceholderLinks, isRealSiteUrl, publicPageUrl, publicSiteUrl } from '../../src/lib/publicUrl';

describe('isRealSiteUrl', () => {
  it('rejects the placeholder host, its subdomains, non-http URLs and junk', () => {
    expect(isRealSiteUrl('https://5xx-field-guide.example')).toBe(false);
    expect(isRealSiteUrl('https://5XX-Field-Guide.example/')).toBe(false);
    expect(isRealSiteUrl('https://www.5xx-field-guide.example')).toBe(false);
    expect(isRealSiteUrl('file:///tmp/guide/index.html')).toBe(false);
    expect(isRealSiteUrl('not a url')).toBe(false);
    expect(isRealSiteUrl('')).toBe(false);
  });
  it('accepts a real address, including one that merely contains the placeholder text', () => {
    expect(isRealSiteUrl('https://runbooks.acme.io')).toBe(true);
    expect(isRealSiteUrl('http://127.0.0.1:4173')).toBe(true);
    expect(isRealSiteUrl('https://5xx-field-guide.example.acme.io')).toBe(true);
  });
});

describe('publicSiteUrl', () => {
  it('uses a real configured SITE_URL wherever the reader is', () => {
    expect(
      publicSiteUrl({
        configuredUrl: 'https://runbooks.acme.io',
        baseUrl: '/guide/',
        readerUrl: 'http://localhost:3000/guide/docs/triage',
      }),
    ).toBe('https://runbooks.acme.io/guide/');
  });
  it('uses the origin the reader is on when SITE_URL is the placeholder', () => {
    expect(
      publicSiteUrl({
        configuredUrl: 'https://5xx-field-guide.example',
        baseUrl: '/',
        readerUrl: 'http://127.0.0.1:4173/docs/codes/502?path=a',
      }),
    ).toBe('http://127.0.0.1:4173/');
    expect(
      publicSiteUrl({ configuredUrl: 'https://5xx-field-guide.example', baseUrl: 'guide', readerUrl: 'https://wiki.corp:8443/guide/x' }),
    ).toBe('https://wiki.corp:8443/guide/');
  });
  it('falls back to the configured value at build time and from disk', () => {
    expect(publicSiteUrl({ configuredUrl: 'https://5xx-field-guide.example/', baseUrl: '/', readerUrl: null })).toBe(
      'https://5xx-field-guide.example/',
    );
    expect(publicSiteUrl({ configuredUrl: 'https://5xx-field-guide.example', baseUrl: '/', readerUrl: 'file:///tmp/index.html' })).toBe(
      'https://5xx-field-guide.example/',
    );
  });
});

describe('publicPageUrl', () => {
  it('moves the reader page (path under the base, query, fragment) onto the public address', () => {
    expect(publicPageUrl('https://runbooks.acme.io/guide/', 'http://localhost:3000/guide/docs/codes/502?path=a.b#x', '/guide/')).toBe(
      'https://runbooks.acme.io/guide/docs/codes/502?path=a.b#x',
    );
    expect(publicPageUrl('http://127.0.0.1:4173/', 'http://127.0.0.1:4173/docs/triage', '/')).toBe('http://127.0.0.1:4173/docs/triage');
  });
});

describe('findPlaceholderLinks', () => {
  it('finds every placeholder link with its file, in HTML, JSON and scripts', () => {
    const hits = findPlaceholderLinks([
      { file: 'a.html', text: '<link rel="canonical" href="https://5xx-field-guide.example/docs/a"><a href="/docs/b">b</a>' },
      { file: 'runbooks.json', text: '{"url":"https://5xx-field-guide.example/docs/x","short":"//5xx-field-guide.example/r/x"}' },
      { file: 'ok.html', text: 'https://runbooks.acme.io/docs/a and https://5xx-field-guide.example.acme.io/x' },
    ]);
    expect(hits).toEqual([
      { file: 'a.html', link: 'https://5xx-field-guide.example/docs/a' },
      { file: 'runbooks.json', link: 'https://5xx-field-guide.example/docs/x' },
      { file: 'runbooks.json', link: '//5xx-field-guide.example/r/x' },
    ]);
  });
});
