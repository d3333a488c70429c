/**
 * Every page in the sitemap, as a browser without JavaScript gets it: the built HTML holds the
 * page's main content and its heading. What a script would hide (`.fg-needs-js`, shown only once
 * the inline script marks the page) and what never renders (`hidden`, scripts, styles) is
 * removed first, so the text counted is the text such a reader sees.
 */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { readPageHtml, sitemapPaths } from '../support/buildOutput';

/** The text of `<main>` a reader without JavaScript sees, and whether the page shows an h1. */
export function withoutJavaScript(html: string): { hasMain: boolean; hasH1: boolean; mainText: string } {
  const $ = cheerio.load(html);
  $('script, style, template, [hidden], .fg-needs-js').remove();
  const main = $('main').first();
  return {
    hasMain: main.length === 1,
    hasH1: $('h1').filter((_, el) => $(el).text().trim().length > 0).length > 0,
    mainText: main.text().replace(/\s+/g, ' ').trim(),
  };
}

describe('every page without JavaScript', () => {
  it.each(sitemapPaths())('%s has its main content and heading in the HTML', (pagePath) => {
    const page = withoutJavaScript(readPageHtml(pagePath));
    expect(page.hasMain, 'a <main> element').toBe(true);
    expect(page.hasH1, 'a non-empty <h1>').toBe(true);
    expect(page.mainText.length, page.mainText.slice(0, 200)).toBeGreaterThan(100);
  });
});

describe('the no-JavaScript reading of a page', () => {
  it('drops what only scripts show, and fails an empty page', () => {
    const page = withoutJavaScript(
      '<html><body><main><h1>Title</h1><div class="fg-needs-js">' +
        'x'.repeat(200) +
        '</div><p hidden>' +
        'y'.repeat(200) +
        '</p></main></body></html>',
    );
    expect(page).toEqual({ hasMain: true, hasH1: true, mainText: 'Title' });
    expect(withoutJavaScript('<html><body><div><h1></h1></div></body></html>')).toMatchObject({ hasMain: false, hasH1: false });
  });
});
