/**
 * Fast check of the runbook catalog without a full build: `npm run check:content`.
 * Prints every problem with file and field; exits 1 when there is any.
 * `npm run check:content -- <file> ...` reports only the problems of those files (for drafting a
 * few pages while others are still missing).
 */
import { formatProblems } from '../src/lib/catalog';
import { loadRunbooks } from '../plugins/runbook-catalog/loadRunbooks';

async function main(): Promise<void> {
  const only = process.argv.slice(2).map((f) => f.replace(/^\.\//, ''));
  const { entries, problems: all } = await loadRunbooks(process.cwd());
  const problems = only.length > 0 ? all.filter((p) => only.includes(p.file)) : all;
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exit(1);
  }
  console.log(`${entries.length} runbooks read; ${only.length > 0 ? `${only.length} named file(s)` : 'all'} valid.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
