/** How the browser tests pick the pages that stand for the site's templates, and chunk page loops. */
import { describe, expect, it } from 'vitest';
import { chooseTemplatePages, chunkBySize, elementKinds, sectionOf } from '../support/pageTemplates';

const page = (path: string, body: string, layout = 'plugin-docs docs-doc-page docs-doc-id-x') => ({
  path,
  html: `<!doctype html><html lang=en class="${layout}"><head><title>t</title></head><body>${body}</body></html>`,
});

describe('element kinds', () => {
  it('names each element by tag and classes, without CSS-module hashes, and inside its parent', () => {
    const kinds = elementKinds(
      '<body><main class="main_AbC1"><table><tr><td><code class=x>a</code></td></tr></table><br></main><p>b</p><script>"<em>"</script></body>',
    );
    expect([...kinds].sort()).toEqual(
      [
        'main.main',
        'table',
        'main.main > table',
        'tr',
        'table > tr',
        'td',
        'tr > td',
        'code.x',
        'td > code.x',
        'br',
        'main.main > br',
        'p',
      ].sort(),
    );
  });
});

describe('template pages', () => {
  it('sections a path by its folder', () => {
    expect(sectionOf('/docs/failure-modes/fm-500-x')).toBe('/docs/failure-modes');
    expect(sectionOf('/docs/training/simulator/')).toBe('/docs/training');
    expect(sectionOf('/docs/adopt')).toBe('/docs');
    expect(sectionOf('/')).toBe('/');
  });

  it('takes the smallest page of each section, then pages until every element kind is shown', () => {
    const chosen = chooseTemplatePages([
      page('/docs/a/one', '<p>short</p>'),
      page('/docs/a/two', '<p>longer text</p><table class=wide><tr><td>x</td></tr></table>'),
      page('/docs/a/three', '<p>the longest of all the pages</p><table class=wide><tr><td>x</td></tr></table>'),
      page('/docs/b/one', '<p>other</p>'),
      page('/', '<p>home</p>', 'plugin-pages'),
    ]).map((t) => t.path);
    expect(chosen).toEqual(['/', '/docs/a/one', '/docs/a/two', '/docs/b/one']);
  });
});

describe('chunks', () => {
  it('cuts a list into chunks of about a budget, a large item alone', () => {
    const items = [3, 3, 3, 10, 1, 1].map((size, i) => ({ i, size }));
    expect(chunkBySize(items, 6).map((c) => c.map((x) => x.i))).toEqual([[0, 1], [2], [3], [4, 5]]);
  });
});
