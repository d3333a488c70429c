import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  buildCsp,
  headersFile,
  headersFor,
  inlineScriptHashes,
  nginxSnippet,
  parseHeadersFile,
  securityHeaderRules,
} from '../../plugins/runbook-catalog/securityHeaders';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('security headers', () => {
  it('hashes executable inline scripts only, exactly as written', () => {
    const html = `<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><script defer>\n  b();\n</script><script></script>`;
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('\n  b();\n')]);
  });

  it('builds a policy with no other origin and sorted, unique hashes', () => {
    const csp = buildCsp(["'sha256-b'", "'sha256-a'", "'sha256-b'"]);
    expect(csp).toContain("script-src 'self' 'sha256-a' 'sha256-b';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:/);
  });

  it('writes and reads the _headers format, and applies the matching rules', () => {
    const rules = securityHeaderRules(buildCsp([]));
    const parsed = parseHeadersFile(headersFile(rules));
    expect(parsed).toEqual(rules);
    expect(headersFor('/docs/x', parsed)['Cache-Control']).toBeUndefined();
    expect(headersFor('/assets/js/main.123.js', parsed)).toMatchObject({
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('repeats the security headers inside each nginx location (add_header does not inherit)', () => {
    const snippet = nginxSnippet(securityHeaderRules(buildCsp([])));
    const assets = snippet.slice(snippet.indexOf('location /assets/'));
    expect(assets).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(assets).toContain('immutable');
  });
});
