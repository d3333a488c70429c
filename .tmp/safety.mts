import { checkCommandSafety } from '/work/wt/commands2/src/lib/commandSafety.ts';
import { ownerKeys } from '/work/wt/commands2/src/data/owners.ts';
import matter from 'gray-matter';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
function files(dir: string): string[] { return readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? files(path.join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [path.join(dir, e.name)] : []); }
let n = 0;
for (const f of files('docs')) for (const p of checkCommandSafety(f, matter(readFileSync(f, 'utf8')).content, ownerKeys)) { n++; console.log(f, '|', p.message.slice(0, 170)); }
console.log(n);
