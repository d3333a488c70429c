/**
 * Reading the production build (`build/`) from Node: the sitemap, JSON files and each page's
 * HTML. Shared by the browser tests (which pages to visit) and the vitest tests over the build
 * output (what each page holds without JavaScript). No Playwright, no browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const buildDir = path.resolve(process.cwd(), 'build');

/** Every page path listed in the built sitemap (without the site's origin). */
export function sitemapPaths(): string[] {
  const file = path.join(buildDir, 'sitemap.xml');
  if (!existsSync(file)) throw new Error('build/sitemap.xml is missing: run `npm run build` first.');
  const xml = readFileSync(file, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  if (paths.length === 0) throw new Error('build/sitemap.xml lists no pages: run `npm run build` first.');
  return [...new Set(paths)].sort();
}

export function readBuildJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(buildDir, file), 'utf8')) as T;
}

/** The built HTML file that serves a page path (`/docs/x` is `docs/x/index.html` or `docs/x.html`). */
export function htmlFileFor(pagePath: string): string {
  const clean = pagePath.replace(/^\/+/, '');
  for (const candidate of [path.join(buildDir, clean, 'index.html'), path.join(buildDir, `${clean.replace(/\/$/, '')}.html`)]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`No built HTML for ${pagePath} under build/ (looked for ${clean}/index.html and ${clean}.html).`);
}

export function readPageHtml(pagePath: string): string {
  return readFileSync(htmlFileFor(pagePath), 'utf8');
}

export interface RunbooksJson {
  runbooks: { id: string; title: string; url: string; short_url: string; owner: string; status: number[] }[];
  retired: Record<string, string>;
}
