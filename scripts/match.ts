/**
 * Error-signature lookup for tools and chat bots.
 *
 *   npm run --silent match -- --json "<text>"     JSON array, best first
 *   some-command | npm run --silent match          readable table, text from standard input
 *
 * Each result: id, title, status (the runbook's codes), owner (of the fix, at that hop), hop,
 * hop_owner, score (0..1), confidence (strong: a signature or a decoded field says so; weak: the
 * fallback ranking from the status code and the words), signature (the signature id or decoded
 * format that matched, null for weak), reason, tree (decision tree to try), lines.
 *
 * Exit code: 0 with any answer, 1 when the text holds nothing that resembles a server error,
 * 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { lookup } from '../src/lib/signatureLookup';
import { loadLookupData } from './lookupCatalog';

const USAGE = 'usage: npm run --silent match -- [--json] ["<text>"]   (without text, reads standard input)';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  if (rest.some((a) => a.startsWith('--')) || rest.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let text = rest[0];
  if (text === undefined) {
    if (process.stdin.isTTY) {
      console.error(USAGE);
      return 2;
    }
    text = readFileSync(0, 'utf8');
  }
  if (text.trim() === '') {
    console.error(`no text to match\n${USAGE}`);
    return 2;
  }
  const { data, entries } = await loadLookupData(process.cwd());
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
    console.log(JSON.stringify(rows, null, 2));
  } else if (rows.length === 0) {
    console.log('Nothing here resembles a server error. Try the triage trees: /docs/triage');
  } else {
    const header = ['score', 'failure mode', 'status', 'owner', 'signature', 'confidence', 'hop'];
    const body = rows.map((r) => [r.score.toFixed(2), r.id, r.status.join(','), r.owner, r.signature ?? '', r.confidence, r.hop]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
    for (const line of [header, ...body])
      console.log(
        line
          .map((c, i) => c.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      );
    if (rows.every((r) => r.confidence === 'weak'))
      console.log('\nWeak matches only: no known message or field; ranked from the status code and the words.');
  }
  return rows.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
