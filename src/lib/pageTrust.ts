/**
 * Trust signals without a backend: which build a reader sees, and a prefilled "report a problem"
 * link. Pure: the build computes BuildInfo (plugins/runbook-catalog/buildInfo.ts) and hands it to
 * the pages through customFields.
 */
import { decodePath } from './decisionTree';

export interface BuildInfo {
  /** package.json version. */
  version: string;
  /** Short commit hash, or null when the site was built outside a git checkout. */
  commit: string | null;
  /** Build date, YYYY-MM-DD (UTC). */
  date: string;
}

/** "version 0.1.0, commit 1a2b3c4, built 2026-12-03": what a postmortem cites as "what I read". */
export function buildLabel(build: BuildInfo): string {
  return `version ${build.version}${build.commit ? `, commit ${build.commit}` : ''}, built ${build.date}`;
}

/**
 * The "report a problem with this page" link. `target` is one setting for adopters
 * (customFields.reportProblemUrl): an issue tracker's new-issue URL (gets `title` and `body`) or a
 * mailto: address (gets `subject` and `body`). The report carries the page, the build and, on a
 * tree, the answers taken; never the alert's context (service, environment, values), which may be
 * sensitive and is not needed to fix the page.
 */
export function reportProblemHref(target: string, pageUrl: string, build: BuildInfo, search = ''): string {
  const { tree, answers } = decodePath(search, '');
  const lines = [`Page: ${pageUrl}`, `Build: ${buildLabel(build)}`];
  if (tree || answers.length > 0) lines.push(`Tree path: ${[tree || '(this page)', ...answers].join(' > ')}`);
  lines.push('', 'What is wrong or missing:', '');
  const params = new URLSearchParams();
  const mail = target.startsWith('mailto:');
  params.set(mail ? 'subject' : 'title', `Problem with ${pageUrl.replace(/^https?:\/\/[^/]+/, '') || '/'}`);
  params.set('body', lines.join('\n'));
  // mailto: readers want %20, not +, for spaces.
  const query = mail ? params.toString().replace(/\+/g, '%20') : params.toString();
  return `${target}${target.includes('?') ? '&' : '?'}${query}`;
}
