/**
 * Registers this organisation's owner keys (src/data/owners.ts) with the engines' OwnerKey type
 * (src/lib/ownerTypes.ts), so src/lib stays free of imports from src/data while keeping the keys
 * typed. Nothing to edit here: add owners in owners.ts.
 */
import type { ownerKeys } from './owners';

declare module '../lib/ownerTypes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the keys are the members
  interface OwnerKeyRegistry extends Record<(typeof ownerKeys)[number], true> {}
}

export {};
