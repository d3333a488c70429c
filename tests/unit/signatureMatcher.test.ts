import { describe, expect, it } from 'vitest';
import { compileSignatures, extractEnvoyFlagSets, extractIdentifiers, matchText, MAX_LINES } from '../../src/lib/signatureMatcher';
import { validateSignatures } from '../../src/lib/signatureValidation';
import type { ErrorSignature, SignatureSystemFile } from '../../src/lib/signatureTypes';

const src = { title: 'docs', url: 'https://example.org/docs' };
const fixture: ErrorSignature[] = [
  {
    id: 'nginx-refused',
    system: 'nginx',
    title: 'nginx: connection refused',
    pattern: 'connect\\(\\) failed \\(111: Connection refused\\) while connecting to upstream',
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.9 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.3 },
    ],
    status: [502],
    explain: 'Nothing listens on the upstream port.',
    source: src,
  },
  {
    id: 'envoy-uf',
    system: 'envoy',
    title: 'Envoy UF',
    flags: ['UF'],
    examples: ['[2026-11-22T09:14:18.442Z] "GET /api HTTP/1.1" 503 UF 0 91 3 - "-" "curl/8.5.0"'],
    modes: [{ id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.6 }],
    status: [503],
    explain: 'Upstream connection failure.',
    source: src,
  },
  {
    id: 'envoy-uf-urx',
    system: 'envoy',
    title: 'Envoy UF with retries exhausted',
    flags: ['URX', 'UF'],
    examples: ['[2026-11-22T09:14:18.442Z] "GET /api HTTP/1.1" 503 URX,UF 0 91 3 - "-" "curl/8.5.0"'],
    modes: [{ id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.5 }],
    status: [503],
    explain: 'Connection failures, retried until the limit.',
    source: src,
  },
];
const compiled = compileSignatures(fixture);

describe('matching', () => {
  it('ranks the failure modes for one nginx line and explains the match', () => {
    const result = matchText(fixture[0]?.examples[0] ?? '', compiled);
    expect(result.modes.map((m) => m.id)).toEqual(['FM-502-CONNECTION-REFUSED', 'FM-500-CRASH-LOOP']);
    expect(result.modes[0]?.hits[0]).toMatchObject({
      signatureId: 'nginx-refused',
      line: 1,
      matched: expect.stringContaining('Connection refused'),
    });
  });

  it('matches Envoy flags in any order and prefers the more specific flag signature', () => {
    const result = matchText('"GET / HTTP/1.1" 503 UF,URX 0 91 3', compiled);
    const mode = result.modes[0];
    expect(mode?.id).toBe('FM-503-MESH-UPSTREAM-RESET');
    expect(mode?.hits.map((h) => h.signatureId).sort()).toEqual(['envoy-uf', 'envoy-uf-urx']);
    expect(result.extracted.envoyFlags).toEqual(['UF', 'URX']);
  });

  it('says plainly when nothing matched', () => {
    const result = matchText('everything is fine\nGET / 200', compiled);
    expect(result.modes).toEqual([]);
  });

  it('counts repeated lines once, with a small bonus, in a noisy excerpt', () => {
    const line = fixture[0]?.examples[0] ?? '';
    const noisy = ['INFO start', line, 'DEBUG noise 200 OK', line, line].join('\n');
    const once = matchText(line, compiled).modes[0]?.score ?? 0;
    const many = matchText(noisy, compiled);
    expect(many.modes[0]?.hits[0]).toMatchObject({ occurrences: 3, line: 2 });
    expect(many.modes[0]?.score).toBeGreaterThan(once);
    expect(many.modes[0]?.score).toBeLessThan(once * 2);
  });

  it('cuts huge input instead of hanging', () => {
    const big = Array.from({ length: MAX_LINES + 100 }, () => 'x').join('\n');
    const result = matchText(big, compiled);
    expect(result.linesRead).toBe(MAX_LINES);
    expect(result.truncated).toBe(true);
  });
});

describe('extraction', () => {
  it('finds status codes, request ids and Ray ids', () => {
    const ex = extractIdentifiers([
      'status=502 request_id=req_18f8ab path=/v1/profile',
      'cf-ray: 8c1f2a3b4c5d6e7f-AMS error 522',
      'x-request-id: "0f8e2f6c-1d2b-4a47-9a1e-3b2c1d0e9f8a" took 1.502s',
    ]);
    expect(ex.statusCodes).toEqual([502, 522]);
    expect(ex.requestIds).toEqual(['req_18f8ab', '0f8e2f6c-1d2b-4a47-9a1e-3b2c1d0e9f8a']);
    expect(ex.rayIds).toEqual(['8c1f2a3b4c5d6e7f']);
  });

  it('reads flags after the status code or from a response_flags field, never from plain words', () => {
    expect(extractEnvoyFlagSets('"GET / HTTP/1.1" 504 UT 0 24 15000')).toEqual([['UT']]);
    expect(extractEnvoyFlagSets('{"response_code":503,"response_flags":"UH"}')).toEqual([['UH']]);
    expect(extractEnvoyFlagSets('UF and UH are words here')).toEqual([]);
  });
});

describe('signature validation', () => {
  const ids = new Set(['FM-502-CONNECTION-REFUSED', 'FM-500-CRASH-LOOP', 'FM-503-MESH-UPSTREAM-RESET']);
  // The fixture as the files of src/data/signatures/ hand it over: one file per system.
  const asFiles = (list: readonly ErrorSignature[]): SignatureSystemFile[] =>
    [...new Set(list.map((s) => s.system))].map((id) => ({
      system: { id, name: id, hop: 'proxy-mesh' },
      signatures: list.filter((s) => s.system === id),
    }));

  it('accepts the fixture', () => {
    expect(validateSignatures(asFiles(fixture), ids)).toEqual([]);
  });

  it.each([
    ['a pattern that does not compile', { pattern: '(unclosed' }, 'not a valid regular expression'],
    ['a pattern that misses its example', { pattern: 'no such text' }, 'does not match its own example'],
    ['a pattern that matches everything', { pattern: '.*' }, 'matches empty text'],
    ['an unknown failure mode', { modes: [{ id: 'FM-502-NOPE', weight: 0.5 }] }, 'is not a runbook id'],
    ['a weight out of range', { modes: [{ id: 'FM-500-CRASH-LOOP', weight: 2 }] }, 'weight 2'],
    ['both pattern and flags', { flags: ['UF'] }, 'exactly one of'],
    ['a non-https source', { source: { title: 't', url: 'http://example.org' } }, 'https://'],
  ])('names the file and signature for %s', (_label, patch, message) => {
    const broken = [{ ...fixture[0], ...patch } as ErrorSignature];
    const problems = validateSignatures(asFiles(broken), ids);
    expect(problems).toContainEqual({
      file: 'src/data/signatures/nginx.ts',
      signature: 'nginx-refused',
      message: expect.stringContaining(message),
    });
  });

  it('rejects duplicate ids', () => {
    expect(
      validateSignatures(asFiles([fixture[0] as ErrorSignature, fixture[0] as ErrorSignature]), ids).map((p) => p.message),
    ).toContainEqual(expect.stringContaining('used twice'));
  });

  it('rejects a file that holds a second system, naming the file and where the signature belongs', () => {
    const envoyInNginx: SignatureSystemFile = {
      system: { id: 'nginx', name: 'nginx', hop: 'proxy-mesh' },
      signatures: [fixture[0] as ErrorSignature, fixture[1] as ErrorSignature],
    };
    expect(validateSignatures([envoyInNginx], ids)).toEqual([
      {
        file: 'src/data/signatures/nginx.ts',
        signature: fixture[1]?.id,
        message: expect.stringContaining('move it to src/data/signatures/envoy.ts'),
      },
    ]);
  });

  it('rejects a system listed twice or without a name', () => {
    const file = asFiles([fixture[0] as ErrorSignature])[0] as SignatureSystemFile;
    const messages = validateSignatures([file, { system: { ...file.system, name: ' ' }, signatures: [] }], ids).map((p) => p.message);
    expect(messages).toEqual([expect.stringContaining('listed twice'), expect.stringContaining('system.name')]);
  });
});
