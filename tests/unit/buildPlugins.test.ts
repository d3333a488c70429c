import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadContext } from '@docusaurus/types';
import publicLinksPlugin from '../../plugins/public-links';
import unknownAlertPlugin, { unknownAlertRedirects } from '../../plugins/unknown-alert';

const contextFor = (url: string, baseUrl = '/') => ({ siteConfig: { url, baseUrl } }) as unknown as LoadContext;

function outDirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-build-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// postBuild receives more than the output directory; these plugins read only that.
type PostBuild = (props: { outDir: string }) => Promise<void>;
const postBuildOf = (plugin: { postBuild?: unknown }) => plugin.postBuild as PostBuild;

describe('public-links build check', () => {
  const built = {
    'index.html': '<a href="/docs/a">a</a>',
    'docs/x/index.html': '<link rel="canonical" href="https://5xx-field-guide.example/docs/x">',
    'runbooks.json': '{"url":"https://runbooks.acme.io/docs/x"}',
  };
  it('fails a build for a real SITE_URL that links to the placeholder host, naming file and link', async () => {
    const outDir = outDirWith(built);
    await expect(postBuildOf(publicLinksPlugin(contextFor('https://runbooks.acme.io')))({ outDir })).rejects.toThrow(
      /docs\/x\/index\.html: https:\/\/5xx-field-guide\.example\/docs\/x/,
    );
  });
  it('passes a clean build, and does not check a build made with the placeholder on purpose', async () => {
    const clean = outDirWith({ 'index.html': built['index.html'], 'runbooks.json': built['runbooks.json'] });
    await expect(postBuildOf(publicLinksPlugin(contextFor('https://runbooks.acme.io')))({ outDir: clean })).resolves.toBeUndefined();
    const outDir = outDirWith(built);
    await expect(postBuildOf(publicLinksPlugin(contextFor('https://5xx-field-guide.example')))({ outDir })).resolves.toBeUndefined();
  });
});

describe('unknown-alert redirects', () => {
  it('lists each known name (as written and in lower case) before the catch-all, under the base URL', () => {
    expect(unknownAlertRedirects('/guide/', ['High5xxRate'])).toEqual([
      '/guide/alerts/High5xxRate  /guide/alerts/High5xxRate/  200',
      '/guide/alerts/high5xxrate  /guide/alerts/high5xxrate/  200',
      '/guide/alerts/*  /guide/alerts/index.html  200',
    ]);
  });
  it('appends its rules to an existing _redirects file once', async () => {
    const outDir = outDirWith({ _redirects: '/old  /new  301' });
    const plugin = unknownAlertPlugin(contextFor('https://x.test'));
    await postBuildOf(plugin)({ outDir });
    await postBuildOf(plugin)({ outDir });
    const text = readFileSync(path.join(outDir, '_redirects'), 'utf8');
    expect(text.startsWith('/old  /new  301\n')).toBe(true);
    expect(text.match(/\/alerts\/\*/g)).toHaveLength(1);
  });
});
