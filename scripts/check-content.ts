/**
 * Checks all content without a build, in seconds: `npm run check:content`. Runbooks and reference
 * pages, decision trees, signatures, scenarios, training modules and alert mappings, through the
 * same validateContent() the build uses. Prints every problem with file and field; exits 1 when
 * there is any.
 *
 * `npm run check:content -- <file> ...` reports only the problems of those files (for drafting a
 * few pages while others are still missing). `--site <dir>` checks another copy of the site.
 */
import path from 'node:path';
import { formatContentProblems } from '../src/lib/content/problems';
import { loadContent } from '../plugins/runbook-catalog/content';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const siteAt = args.indexOf('--site');
  const siteDir = siteAt >= 0 ? path.resolve(args[siteAt + 1] ?? '.') : process.cwd();
  const only = args.filter((_, i) => siteAt < 0 || (i !== siteAt && i !== siteAt + 1)).map((f) => f.replace(/^\.\//, ''));
  const started = Date.now();
  const result = await loadContent(siteDir, { today: new Date().toISOString().slice(0, 10) });
  const problems = only.length > 0 ? result.problems.filter((p) => only.includes(p.file)) : result.problems;
  for (const page of result.overdue)
    console.warn(`Overdue for review (a warning): ${page.file}, last reviewed ${page.lastReviewed}, due ${page.due}`);
  if (problems.length > 0) {
    console.error(formatContentProblems(problems));
    process.exit(1);
  }
  console.log(
    `${result.runbooks.length} runbooks and ${result.training.length} training modules read, with trees, signatures, scenarios and alerts; ` +
      `${only.length > 0 ? `${only.length} named file(s)` : 'all'} valid (${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
