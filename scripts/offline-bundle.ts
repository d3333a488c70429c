/**
 * The offline bundle for air-gapped machines and war rooms: the whole guide as one zip that opens
 * from disk (double-click index.html; no server, no network). It is a second build with the hash
 * router (pages live at index.html#/docs/...), zipped into the main build so the site itself
 * offers it for download at /5xx-field-guide-offline.zip.
 *
 *   npm run build && npm run bundle:offline
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const outDir = 'build-offline';
const folder = '5xx-field-guide-offline';
const zipPath = path.join('build', `${folder}.zip`);

if (!existsSync(path.join('build', 'index.html'))) {
  console.error('Run `npm run build` first: the bundle is added to the main build for download.');
  process.exit(2);
}

const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
  stdio: 'inherit',
  env: { ...process.env, FG_BUNDLE: 'offline' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const readme = `5xx Field Guide, offline copy
=============================

Open index.html in a browser (double-click it). Everything works from disk with no network:
runbooks, decision trees, the error-signature lookup, the incident simulator and the training
path. Pages open at addresses like index.html#/docs/codes/502.

Not in this copy: the full-text search box (browsers do not let pages opened from disk load its
index). Use the error-signature lookup, the decision trees and the failure-mode table instead.

Built ${new Date().toISOString().slice(0, 10)}. Get a fresh copy from the guide's site, or run
\`npm run build && npm run bundle:offline\` in its repository.
`;
writeFileSync(path.join(outDir, 'README.txt'), readme);

const files: Zippable = {};
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files[`${folder}/${path.relative(outDir, full).split(path.sep).join('/')}`] = new Uint8Array(readFileSync(full));
  }
};
walk(outDir);
const zipped = zipSync(files, { level: 9 });
writeFileSync(zipPath, zipped);
console.log(
  `Offline bundle: ${zipPath} (${(zipped.length / 1024 / 1024).toFixed(1)} MB, ${Object.keys(files).length} files); unzipped in ${outDir}/`,
);
