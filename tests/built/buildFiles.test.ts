/** Files the build ships besides pages: headers, the offline zip, the search index. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { signatures } from '../../src/data/signatures';
import { buildDir, readBuildJson } from '../support/buildOutput';

describe('the build', () => {
  it('ships the headers as a _headers file and an nginx snippet', () => {
    const headers = readFileSync(path.join(buildDir, '_headers'), 'utf8');
    expect(headers).toContain('Content-Security-Policy:');
    const nginx = readFileSync(path.join(buildDir, 'nginx-headers.conf'), 'utf8');
    expect(nginx).toContain('add_header Content-Security-Policy');
    expect(nginx).toContain('location /assets/ {');
  });

  it('offers a downloadable zip holding the whole guide with a README', () => {
    const files = unzipSync(new Uint8Array(readFileSync(path.join(buildDir, '5xx-field-guide-offline.zip'))));
    const names = Object.keys(files);
    expect(names).toContain('5xx-field-guide-offline/index.html');
    expect(names).toContain('5xx-field-guide-offline/README.txt');
    expect(names.some((n) => n.startsWith('5xx-field-guide-offline/assets/js/'))).toBe(true);
  });

  it('indexes each signature of the catalog once for search, under its group', () => {
    // The search plugin's index: per kind (titles, headings, ...) its documents; text sections
    // have the page (u), the heading's anchor (h) and the text (t).
    const index = readBuildJson<{ documents: { u?: string; h?: string; t?: string }[] }[]>('search-index.json');
    const catalogSections = index.flatMap((kind) => kind.documents).filter((d) => d.u === '/docs/reference/error-signatures' && d.t);
    const envoy = signatures.filter((x) => x.system === 'envoy');
    expect(envoy.length).toBeGreaterThan(0);
    for (const s of envoy) {
      const holding = catalogSections.filter((d) => d.t?.includes(s.title));
      expect(
        holding.map((d) => d.h),
        s.id,
      ).toEqual(['#signatures-envoy']);
    }
  });
});
