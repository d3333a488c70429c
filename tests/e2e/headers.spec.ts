/** The production server applies the headers the build generated (the files: tests/built/buildFiles.test.ts). */
import { test, expect } from './support/test';

test('pages carry the generated CSP and security headers, compressed, and revalidated', async ({ request }) => {
  const response = await request.get('/docs/codes/502', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(response.status()).toBe(200);
  const h = response.headers();
  const csp = h['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp).toContain("worker-src 'self'");
  expect(csp).not.toMatch(/https?:\/\//);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['content-encoding']).toBe('br');
  expect(h['cache-control']).toBe('no-cache');
});

test('hashed assets are cached for good, and the 404 page answers with 404', async ({ request, page }) => {
  await page.goto('/');
  const script = await page.locator('script[src*="/assets/js/"]').first().getAttribute('src');
  const asset = await request.get(script ?? '');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const missing = await request.get('/no/such/page');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
});
