/**
 * 1200 as "1,200" (English digit grouping). Not `toLocaleString`: its first call in a page sets up
 * the browser's number formatting, which cost about 180 ms of main thread at Lighthouse's 4x CPU
 * slowdown on a simulator page, for a comma. Pure.
 */
export function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
