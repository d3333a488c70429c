/**
 * Build-time checks of the signature catalog: a broken signature fails `npm run build` with the
 * file, the signature and the fix, never a silent miss at run time.
 */
import type { ErrorSignature, SignatureSystem } from './signatureTypes';
import { extractEnvoyFlagSets } from './signatureMatcher';

export interface SignatureProblem {
  file: string;
  signature: string;
  message: string;
}

const fileBySystem: Partial<Record<SignatureSystem, string>> = {
  nginx: 'nginx.ts',
  envoy: 'envoy.ts',
  haproxy: 'haproxy.ts',
  'aws-alb': 'aws.ts',
  'aws-cloudfront': 'aws.ts',
  'aws-api-gateway': 'aws.ts',
  'gcp-lb': 'gcp.ts',
  cloudflare: 'cloudflare.ts',
  heroku: 'heroku.ts',
  kubernetes: 'kubernetes.ts',
  gunicorn: 'appServers.ts',
  uwsgi: 'appServers.ts',
  'php-fpm': 'appServers.ts',
  nodejs: 'appServers.ts',
};

export function signatureFile(system: SignatureSystem): string {
  return `src/data/signatures/${fileBySystem[system] ?? 'languages.ts'}`;
}

export function validateSignatures(signatures: readonly ErrorSignature[], runbookIds: ReadonlySet<string>): SignatureProblem[] {
  const problems: SignatureProblem[] = [];
  const seen = new Set<string>();
  for (const s of signatures) {
    const add = (message: string) => problems.push({ file: signatureFile(s.system), signature: s.id, message });
    if (seen.has(s.id)) add('the id is used twice; ids are unique');
    seen.add(s.id);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.id)) add('the id must be kebab-case');
    const hasPattern = s.pattern !== undefined;
    const hasFlags = s.flags !== undefined && s.flags.length > 0;
    if (hasPattern === hasFlags) add('give exactly one of `pattern` or `flags`');
    let regex: RegExp | null = null;
    if (hasPattern) {
      try {
        regex = new RegExp(s.pattern as string, 'i');
      } catch (error) {
        add(`pattern is not a valid regular expression: ${(error as Error).message}`);
      }
      if (regex && regex.test('')) add('pattern matches empty text: it would match every line');
    }
    if (s.examples.length === 0) add('give at least one real example line');
    for (const example of s.examples) {
      const matches = regex
        ? regex.test(example)
        : hasFlags && extractEnvoyFlagSets(example).some((set) => (s.flags ?? []).every((f) => set.includes(f.toUpperCase())));
      if (!matches) add(`does not match its own example: ${JSON.stringify(example.slice(0, 120))}`);
    }
    if (s.modes.length === 0) add('name at least one failure mode in `modes`');
    for (const m of s.modes) {
      if (!runbookIds.has(m.id)) add(`mode "${m.id}" is not a runbook id (see src/data/runbookLedger.ts)`);
      if (!(m.weight > 0 && m.weight <= 1)) add(`mode "${m.id}" has weight ${m.weight}; use 0 < weight <= 1`);
    }
    if (!s.source.url.startsWith('https://')) add('source.url must be an https:// URL');
  }
  return problems;
}

export function formatSignatureProblems(problems: readonly SignatureProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file}\n      signature ${p.signature}: ${p.message}`);
  return `The error-signature catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
