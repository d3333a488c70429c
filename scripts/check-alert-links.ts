/**
 * Reports every `runbook_url` in Prometheus rule files that does not open a page of the built
 * guide (an alert link that 404s is the most common complaint about runbook sites).
 *
 *   npm run build
 *   npm run --silent check-alert-links -- examples/prometheus/5xx-alerts.yml [more.yml ...]
 *
 * Options: --site-url URL (default: $SITE_URL or the address in docusaurus.config.ts),
 *          --build-dir DIR (default: build), --strict (links to other sites fail too).
 * A link to a runbook must also pass, as query parameters, the alert labels its commands take
 * (namespace, service, pod ...: see the runbook's `variables`), so the commands open filled.
 * Exit code: 0 when every link resolves, 1 when any does not, 2 on bad usage or a missing build.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkRunbookUrl, runbookUrlsInRules } from '../src/lib/alertLinkCheck';
import { publishedIds, retiredIds } from '../src/data/runbookLedger';
import { contextFields } from '../src/lib/alertContext';
import { loadRunbooks } from '../plugins/runbook-catalog/loadRunbooks';

const USAGE = 'usage: npm run --silent check-alert-links -- [--site-url URL] [--build-dir DIR] [--strict] <rules.yml ...>';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  let siteUrl = process.env.SITE_URL
    ? `${process.env.SITE_URL.replace(/\/$/, '')}${process.env.BASE_URL ?? '/'}`
    : 'https://5xx-field-guide.example/';
  let buildDir = 'build';
  let strict = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--site-url') siteUrl = args[++i] ?? '';
    else if (a === '--build-dir') buildDir = args[++i] ?? '';
    else if (a === '--strict') strict = true;
    else if (a.startsWith('--')) {
      console.error(`unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0 || !siteUrl) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    console.error(`no built site in ${buildDir}/: run \`npm run build\` first (or pass --build-dir)`);
    return 2;
  }
  const pageExists = (relative: string) => {
    const candidates = [
      path.join(buildDir, relative, 'index.html'),
      path.join(buildDir, `${relative}.html`),
      path.join(buildDir, relative),
    ];
    return candidates.some((c) => existsSync(c) && statSync(c).isFile());
  };
  const live = publishedIds.filter((id) => retiredIds[id] === undefined);
  const { entries } = await loadRunbooks(process.cwd());
  const runbookFields = Object.fromEntries(
    entries.map((e) => [e.meta.id, e.meta.variables.map((v) => v.from).filter((f) => (contextFields as readonly string[]).includes(f))]),
  );
  const runbookPaths = Object.fromEntries(entries.map((e) => [e.file.replace(/\.mdx?$/, ''), e.meta.id]));
  let broken = 0;
  let checked = 0;
  for (const file of files) {
    let doc: unknown;
    try {
      doc = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(`${file}: cannot read as YAML: ${(error as Error).message}`);
      broken++;
      continue;
    }
    const links = runbookUrlsInRules(doc);
    if (links.length === 0) console.log(`${file}: no runbook_url annotations found`);
    for (const { alert, url } of links) {
      checked++;
      const result = checkRunbookUrl(url, { siteUrl, pageExists, runbookIds: live, retiredIds, runbookFields, runbookPaths });
      const fails = result.status === 'broken' || (strict && result.status === 'other-site');
      if (fails) broken++;
      console.log(`${fails ? 'FAIL' : result.status === 'ok' ? 'ok  ' : 'skip'}  ${file}  ${alert}: ${result.message}\n      ${url}`);
      if (result.missing && result.missing.other.length > 0) {
        console.log(
          `      note: the runbook's commands also take ${result.missing.other.join(', ')}; pass them if your labels have them, else readers set them in "My environment"`,
        );
      }
    }
  }
  console.log(`\n${checked} link(s) checked, ${broken} broken.`);
  return broken > 0 ? 1 : 0;
}

void main().then((code) => process.exit(code));
