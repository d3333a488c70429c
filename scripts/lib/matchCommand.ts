/**
 * What `npm run --silent match` does, as a function of its arguments and input: the command's
 * whole contract (output, exit code), so tests can call it without starting a process per case.
 * scripts/match.ts passes in the real arguments, standard input and console.
 */
import { lookup } from '../../src/lib/signatureLookup';
import { loadLookupData } from '../lookupCatalog';

const USAGE = 'usage: npm run --silent match -- [--json] ["<text>"]   (without text, reads standard input)';

export interface MatchIo {
  /** Standard input's text, or undefined when it is a terminal (nothing piped in). */
  readStdin(): string | undefined;
  out(line: string): void;
  err(line: string): void;
  /** Where the site's docs/ are (the repository root). */
  siteDir: string;
}

/** Runs the command with `args` (without `node match.ts`); resolves to its exit code. */
export async function runMatch(args: string[], io: MatchIo): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  if (rest.some((a) => a.startsWith('--')) || rest.length > 1) {
    io.err(USAGE);
    return 2;
  }
  let text = rest[0];
  if (text === undefined) {
    text = io.readStdin();
    if (text === undefined) {
      io.err(USAGE);
      return 2;
    }
  }
  if (text.trim() === '') {
    io.err(`no text to match\n${USAGE}`);
    return 2;
  }
  const { data, entries } = await loadLookupData(io.siteDir);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const report = lookup(text, data);
  const rows = report.results.map((r) => {
    const first = r.evidence[0];
    return {
      id: r.id,
      title: byId.get(r.id)?.title ?? r.id,
      status: byId.get(r.id)?.status ?? [],
      owner: r.owner,
      hop: r.hop,
      hop_owner: r.hopOwner,
      score: r.score,
      confidence: r.confidence,
      signature: r.confidence === 'strong' ? (r.evidence.find((e) => e.signatureId)?.signatureId ?? first?.label ?? null) : null,
      reason: r.reason ?? first?.explain ?? null,
      tree: r.treeCode !== null ? `/docs/triage?tree=${r.treeCode}` : null,
      lines: r.lines.slice(0, 20),
    };
  });
  if (json) {
    io.out(JSON.stringify(rows, null, 2));
  } else if (rows.length === 0) {
    io.out('Nothing here resembles a server error. Try the triage trees: /docs/triage');
  } else {
    const header = ['score', 'failure mode', 'status', 'owner', 'signature', 'confidence', 'hop'];
    const body = rows.map((r) => [r.score.toFixed(2), r.id, r.status.join(','), r.owner, r.signature ?? '', r.confidence, r.hop]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
    for (const line of [header, ...body])
      io.out(
        line
          .map((c, i) => c.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      );
    if (rows.every((r) => r.confidence === 'weak'))
      io.out('\nWeak matches only: no known message or field; ranked from the status code and the words.');
  }
  return rows.length > 0 ? 0 : 1;
}
