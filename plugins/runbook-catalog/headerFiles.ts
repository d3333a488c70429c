/** Security headers from what the build really emitted: every inline script's hash. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCsp, headersFile, inlineScriptHashes, nginxSnippet, securityHeaderRules } from './securityHeaders';

export async function writeHeaderFiles(outDir: string): Promise<void> {
  const hashes = new Set<string>();
  for (const file of await listHtml(outDir)) for (const h of inlineScriptHashes(await readFile(file, 'utf8'))) hashes.add(h);
  const rules = securityHeaderRules(buildCsp(hashes));
  await writeFile(path.join(outDir, '_headers'), headersFile(rules));
  await writeFile(path.join(outDir, 'nginx-headers.conf'), nginxSnippet(rules));
}

async function listHtml(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return listHtml(full);
      return Promise.resolve(e.name.endsWith('.html') ? [full] : []);
    }),
  );
  return nested.flat();
}
