/**
 * Which build this is, computed once when the config loads: the package version, the short
 * commit (from git; FG_BUILD_COMMIT when building outside a checkout, e.g. from a tarball) and the
 * build date. Shown in every page's footer and the offline copy, via customFields.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildInfo } from '../../src/lib/pageTrust';

export function readBuildInfo(siteDir: string, now: Date = new Date()): BuildInfo {
  const { version } = JSON.parse(readFileSync(path.join(siteDir, 'package.json'), 'utf8')) as { version: string };
  let commit: string | null = process.env.FG_BUILD_COMMIT?.trim() || null;
  if (!commit) {
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: siteDir, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    } catch {
      commit = null; // No git, or not a checkout: the version and date still identify the build.
    }
  }
  return { version, commit: commit && /^[0-9a-f]{4,40}$/i.test(commit) ? commit : null, date: now.toISOString().slice(0, 10) };
}
