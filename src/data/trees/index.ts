/**
 * How to edit the trees: each code has its own file (start.ts, tree500.ts ... tree504.ts). Node ids
 * and option keys are stable and appear in shared triage URLs (?tree=502&path=...), so never rename
 * or reuse a removed one; add new nodes and options with new keys. A new tree gets a new key here
 * equal to its `id`; the build validates every tree (src/lib/decisionTree.ts).
 */
import { startTree } from './start';
import { tree500 } from './tree500';
import { tree502 } from './tree502';
import { tree503 } from './tree503';
import { tree504 } from './tree504';

export const trees = {
  start: startTree,
  '500': tree500,
  '502': tree502,
  '503': tree503,
  '504': tree504,
} as const;

export type TreeId = keyof typeof trees;
