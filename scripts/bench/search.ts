/** Search: the index's size, and the search page's wait for its first result. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { resolveChromium } from '../lib/chromium';
import { budgets, median, root } from './common';

/**
 * The search index is one file that the first search on any page fetches and parses (in a worker)
 * before it can answer: its size and the wait for a first result, measured on the search page
 * opened from a link, in a fresh browser context each time (nothing cached).
 */
export async function searchSpeed(port: number, runs: number, failures: string[]) {
  const index = readFileSync(path.join(root, 'build/search-index.json'));
  const query = 'FM-502-KEEPALIVE-RACE';
  const firstResult = 'article a[href$="/docs/failure-modes/fm-502-keepalive-race"]';
  const browser = await chromium.launch(resolveChromium());
  const wait = async (slowdown: number) => {
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      if (slowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      const t = performance.now();
      await page.goto(`http://127.0.0.1:${port}/search?q=${encodeURIComponent(query)}`);
      await page.locator(firstResult).first().waitFor({ timeout: 120_000 });
      xs.push(performance.now() - t);
      await context.close();
    }
    return Math.round(median(xs));
  };
  try {
    const result = {
      indexKb: Number((index.length / 1024).toFixed(1)),
      indexKbBrotli: Number((brotliCompressSync(index).length / 1024).toFixed(1)),
      firstResultMs: await wait(1),
      firstResultMsSlowed: await wait(4),
    };
    if (result.indexKbBrotli > budgets.search.maxIndexKbBrotli)
      failures.push(`search: index is ${result.indexKbBrotli} KB brotli (budget ${budgets.search.maxIndexKbBrotli} KB)`);
    if (result.firstResultMsSlowed > budgets.search.maxFirstResultMsSlowed)
      failures.push(
        `search: first result after ${result.firstResultMsSlowed} ms at 4x CPU slowdown (budget ${budgets.search.maxFirstResultMsSlowed} ms)`,
      );
    return result;
  } finally {
    await browser.close();
  }
}
