/**
 * The real signature catalog against the real runbooks: every entry is valid, every example is
 * recognised as its own signature, and unrelated or noisy text is not over-matched.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { signatures, signatureSystemFiles, signatureSystems } from '../../src/data/signatures';
import { compileSignatures, matchText } from '../../src/lib/signatureMatcher';
import { validateSignatures } from '../../src/lib/signatureValidation';
import { publishedIds } from '../../src/data/runbookLedger';
import type { SignatureSystemFile } from '../../src/lib/signatureTypes';

const compiled = compileSignatures(signatures);
const root = path.resolve(__dirname, '../..');

describe('the signature catalog', () => {
  it('has at least 120 valid signatures across the systems the guide covers', () => {
    expect(validateSignatures(signatureSystemFiles, new Set(publishedIds))).toEqual([]);
    expect(signatures.length).toBeGreaterThanOrEqual(120);
    const systems = new Set(signatures.map((s) => s.system));
    for (const system of [
      'nginx',
      'envoy',
      'haproxy',
      'aws-alb',
      'gcp-lb',
      'cloudflare',
      'heroku',
      'kubernetes',
      'gunicorn',
      'php-fpm',
      'nodejs',
    ] as const) {
      expect(systems.has(system), system).toBe(true);
      expect(signatureSystems.map((s) => s.id)).toContain(system);
    }
  });

  // Issue 12: content as content, one unit per file. Read from the directory, so a new file that
  // is not listed in the index, or a file that gathers several systems, fails here.
  const dir = path.join(root, 'src/data/signatures');
  const systemFiles = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .sort();

  it('holds exactly one system per file, named after it, and the index lists every file', async () => {
    expect(systemFiles.length).toBeGreaterThanOrEqual(20);
    for (const file of systemFiles) {
      const mod = (await import(path.join(dir, file))) as Partial<SignatureSystemFile>;
      expect(mod.system?.id, `${file} exports its \`system\``).toBe(file.replace(/\.ts$/, ''));
      expect(mod.signatures?.length, `${file} exports its \`signatures\``).toBeGreaterThan(0);
      expect([...new Set(mod.signatures?.map((s) => s.system))], `${file} holds one system`).toEqual([mod.system?.id]);
    }
    expect(signatureSystems.map((s) => `${s.id}.ts`).sort()).toEqual(systemFiles);
  });

  it.each(signatures.flatMap((s) => s.examples.map((example) => [s.id, example] as const)))(
    '%s: its example ranks one of its failure modes',
    (id, example) => {
      const signature = signatures.find((s) => s.id === id);
      const result = matchText(example, compiled);
      const hit = result.modes.flatMap((m) => m.hits).some((h) => h.signatureId === id);
      expect(hit).toBe(true);
      const expected = new Set(signature?.modes.map((m) => m.id));
      expect(result.modes.slice(0, 4).some((m) => expected.has(m.id))).toBe(true);
    },
  );
});

describe('negative and noisy input', () => {
  it.each([
    '',
    '   ',
    '127.0.0.1 - - [22/Nov/2026:09:14:18 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"',
    'INFO  Started application in 3.2 seconds',
    'The quick brown fox jumps over the lazy dog',
    '{"level":"info","msg":"request completed","status":200,"duration_ms":12}',
  ])('matches nothing in %j', (text) => {
    expect(matchText(text, compiled).modes).toEqual([]);
  });

  it('finds the signal in a noisy excerpt of healthy lines', () => {
    const healthy = Array.from(
      { length: 200 },
      (_, i) => `10.0.0.${i % 250} - - [22/Nov/2026:09:14:${String(i % 60).padStart(2, '0')} +0000] "GET /api/items/${i} HTTP/1.1" 200 512`,
    );
    healthy.splice(
      120,
      0,
      '2026/11/22 09:14:18 [error] 31#31: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.4.17',
    );
    const result = matchText(healthy.join('\n'), compiled);
    expect(result.modes[0]?.id).toBe('FM-502-CONNECTION-REFUSED');
    expect(result.modes[0]?.hits[0]?.line).toBe(121);
  });
});
