/**
 * Build-time checks of the signature catalog: a broken signature fails `npm run build` with the
 * file, the signature and the fix, never a silent miss at run time.
 */
import type { ErrorSignature, SignatureSystem, SignatureSystemFile } from './signatureTypes';
import { extractEnvoyFlagSets } from './signatureMatcher';

export interface SignatureProblem {
  file: string;
  signature: string;
  message: string;
}

/** Each system's signatures live in their own file, named after the system. */
export function signatureFile(system: SignatureSystem): string {
  return `src/data/signatures/${system}.ts`;
}

const signatureIndex = 'src/data/signatures/index.ts';

/**
 * Checks every system file (src/data/signatures/<id>.ts, listed in index.ts) and its signatures
 * against the runbook ids. A file holds exactly one system: a signature of another system belongs
 * in that system's file.
 */
export function validateSignatures(files: readonly SignatureSystemFile[], runbookIds: ReadonlySet<string>): SignatureProblem[] {
  const problems: SignatureProblem[] = [];
  const systemIds = new Set<string>();
  const seen = new Set<string>();
  for (const { system, signatures } of files) {
    const file = signatureFile(system.id);
    const addSystem = (message: string) => problems.push({ file, signature: '(system)', message });
    if (systemIds.has(system.id)) addSystem(`system "${system.id}" is listed twice in ${signatureIndex}; list each system file once`);
    systemIds.add(system.id);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(system.id)) addSystem('`system.id` must be kebab-case (it is also the file name)');
    if (system.name.trim() === '') addSystem('give `system.name`: the heading readers see on the catalog page');
    for (const s of signatures) problems.push(...checkSignature(s, system.id, file, runbookIds, seen));
  }
  return problems;
}

function checkSignature(
  s: ErrorSignature,
  systemId: SignatureSystem,
  file: string,
  runbookIds: ReadonlySet<string>,
  seen: Set<string>,
): SignatureProblem[] {
  const problems: SignatureProblem[] = [];
  const add = (message: string) => problems.push({ file, signature: s.id, message });
  if (s.system !== systemId)
    add(
      `this file holds system "${systemId}" but the signature says "${s.system}": move it to ${signatureFile(s.system)} (one system per file)`,
    );
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
  return problems;
}

export function formatSignatureProblems(problems: readonly SignatureProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file}\n      signature ${p.signature}: ${p.message}`);
  return `The error-signature catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
