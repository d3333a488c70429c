/**
 * What `npm run --silent check-alert-links` does, as a function of its arguments: output and exit
 * code, so tests can call it without starting a process per case. scripts/check-alert-links.ts
 * passes in the real arguments, environment and console.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkRunbookUrl, runbookUrlsInRules } from '../../src/lib/alertLinkCheck';
import { publishedIds, retiredIds } from '../../src/data/runbookLedger';
import { contextFields } from '../../src/lib/alertContext';
import { loadRunbooks } from '../../plugins/runbook-catalog/loadRunbooks';

const USAGE = 'usage: npm run --silent check-alert-links -- [--site-url URL] [--build-dir DIR] [--strict] <rules.yml ...>';

export interface AlertLinksIo {
  out(line: string): void;
  err(line: string): void;
  /** SITE_URL and BASE_URL, as in the environment of the command. */
  env: { SITE_URL?: string; BASE_URL?: string };
  /** The repository root (docs/ and, by default, build/ are read from here). */
  cwd: string;
}

/** Runs the command with `args` (without `node check-alert-links.ts`); resolves to its exit code. */
export async function runCheckAlertLinks(args: string[], io: AlertLinksIo): Promise<number> {
  let siteUrl = io.env.SITE_URL ? `${io.env.SITE_URL.replace(/\/$/, '')}${io.env.BASE_URL ?? '/'}` : 'https://5xx-field-guide.example/';
  let buildDir = 'build';
  let strict = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--site-url') siteUrl = args[++i] ?? '';
    else if (a === '--build-dir') buildDir = args[++i] ?? '';
    else if (a === '--strict') strict = true;
    else if (a.startsWith('--')) {
      io.err(`unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0 || !siteUrl) {
    io.err(USAGE);
    return 2;
  }
  const built = path.resolve(io.cwd, buildDir);
  if (!existsSync(path.join(built, 'index.html'))) {
    io.err(`no built site in ${buildDir}/: run \`npm run build\` first (or pass --build-dir)`);
    return 2;
  }
  const pageExists = (relative: string) => {
    const candidates = [path.join(built, relative, 'index.html'), path.join(built, `${relative}.html`), path.join(built, relative)];
    return candidates.some((c) => existsSync(c) && statSync(c).isFile());
  };
  const live = publishedIds.filter((id) => retiredIds[id] === undefined);
  const { entries } = await loadRunbooks(io.cwd);
  const runbookFields = Object.fromEntries(
    entries.map((e) => [e.meta.id, e.meta.variables.map((v) => v.from).filter((f) => (contextFields as readonly string[]).includes(f))]),
  );
  const runbookPaths = Object.fromEntries(entries.map((e) => [e.file.replace(/\.mdx?$/, ''), e.meta.id]));
  let broken = 0;
  let checked = 0;
  for (const file of files) {
    let doc: unknown;
    try {
      doc = parseYaml(readFileSync(path.resolve(io.cwd, file), 'utf8'));
    } catch (error) {
      io.err(`${file}: cannot read as YAML: ${(error as Error).message}`);
      broken++;
      continue;
    }
    const links = runbookUrlsInRules(doc);
    if (links.length === 0) io.out(`${file}: no runbook_url annotations found`);
    for (const { alert, url } of links) {
      checked++;
      const result = checkRunbookUrl(url, { siteUrl, pageExists, runbookIds: live, retiredIds, runbookFields, runbookPaths });
      const fails = result.status === 'broken' || (strict && result.status === 'other-site');
      if (fails) broken++;
      io.out(`${fails ? 'FAIL' : result.status === 'ok' ? 'ok  ' : 'skip'}  ${file}  ${alert}: ${result.message}\n      ${url}`);
      if (result.missing && result.missing.other.length > 0) {
        io.out(
          `      note: the runbook's commands also take ${result.missing.other.join(', ')}; pass them if your labels have them, else readers set them in "My environment"`,
        );
      }
    }
  }
  io.out(`\n${checked} link(s) checked, ${broken} broken.`);
  return broken > 0 ? 1 : 0;
}
