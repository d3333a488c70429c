/**
 * Error-signature lookup for tools and chat bots.
 *
 *   npm run --silent match -- --json "<text>"     JSON array, best first
 *   some-command | npm run --silent match          readable table, text from standard input
 *
 * Exit code: 0 with matches, 1 without, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { signatures } from '../src/data/signatures';
import { compileSignatures, matchText } from '../src/lib/signatureMatcher';
import { loadRunbooks } from '../plugins/runbook-catalog/loadRunbooks';

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
  const { entries } = await loadRunbooks(process.cwd());
  const metas = new Map(entries.map((e) => [e.meta.id, e.meta]));
  const result = matchText(text, compileSignatures(signatures));
  const rows = result.modes.map((m) => ({
    id: m.id,
    status: metas.get(m.id)?.status ?? [],
    owner: metas.get(m.id)?.owner ?? null,
    score: m.score,
    signature: m.hits[0]?.signatureId ?? null,
  }));
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
  } else if (rows.length === 0) {
    console.log('No known signature matched. Try the triage trees: /docs/triage');
  } else {
    const header = ['score', 'failure mode', 'status', 'owner', 'signature'];
    const body = rows.map((r) => [r.score.toFixed(2), r.id, r.status.join(','), r.owner ?? '', r.signature ?? '']);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
    for (const line of [header, ...body])
      console.log(
        line
          .map((c, i) => c.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      );
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
