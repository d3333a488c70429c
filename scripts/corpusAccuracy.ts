/**
 * The lookup's accuracy over tests/corpus/log-lines.yaml, per vendor (used by `npm run bench` and
 * the corpus test). Run alone: `npx tsx scripts/corpusAccuracy.ts [--misses]`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { corpusAccuracy, formatAccuracyTable, type AccuracyRow, type CorpusLine } from '../src/lib/signatureAccuracy';
import { lookup } from '../src/lib/signatureLookup';
import { loadLookupData } from './lookupCatalog';

export function readCorpus(siteDir: string): CorpusLine[] {
  const file = path.join(siteDir, 'tests/corpus/log-lines.yaml');
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of lines`);
  return data as CorpusLine[];
}

export async function measureCorpus(siteDir: string): Promise<{ rows: AccuracyRow[]; misses: { entry: CorpusLine; got: string[] }[] }> {
  const corpus = readCorpus(siteDir);
  const { data, entries } = await loadLookupData(siteDir);
  const status = new Map(entries.map((e) => [e.id, e.status]));
  const misses: { entry: CorpusLine; got: string[] }[] = [];
  const rows = corpusAccuracy(corpus, (line) => {
    const answers = lookup(line, data).results.map((r) => ({ id: r.id, owner: r.owner, status: status.get(r.id) ?? [] }));
    const entry = corpus.find((c) => c.line === line);
    if (entry && !answers.slice(0, 3).some((a) => entry.modes.includes(a.id)))
      misses.push({ entry, got: answers.slice(0, 3).map((a) => a.id) });
    return answers;
  });
  return { rows, misses };
}

export async function printCorpusAccuracy(siteDir: string): Promise<AccuracyRow[]> {
  const { rows, misses } = await measureCorpus(siteDir);
  console.log('\nSignature lookup accuracy over tests/corpus/log-lines.yaml');
  console.log(formatAccuracyTable(rows));
  if (process.argv.includes('--misses'))
    for (const m of misses)
      console.log(`\nMISS [${m.entry.vendor}] ${m.entry.line}\n  want ${m.entry.modes.join(' ')}\n  got  ${m.got.join(' ')}`);
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  void printCorpusAccuracy(process.cwd());
}
