import { signatures } from '/work/wt/commands2/src/data/signatures/index.ts';
import matter from 'gray-matter';
import { readFileSync, readdirSync } from 'node:fs';
const st = new Map<string, number[]>();
for (const c of ['500','502','503','504']) for (const f of readdirSync(`docs/failure-modes/${c}`)) { const d = matter(readFileSync(`docs/failure-modes/${c}/${f}`,'utf8')).data; st.set(d.id, d.status); }
let n=0;
for (const s of signatures) for (const m of s.modes) { const r = st.get(m.id)!; const miss = s.status.filter(x => r.includes(x)); if (miss.length===0) { n++; console.log(m.weight, s.id, s.status.join(','), '->', m.id, r.join(',')); } }
console.log(n, signatures.length);
