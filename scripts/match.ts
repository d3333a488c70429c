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
import { runMatch } from './lib/matchCommand';

runMatch(process.argv.slice(2), {
  readStdin: () => (process.stdin.isTTY ? undefined : readFileSync(0, 'utf8')),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  siteDir: process.cwd(),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
