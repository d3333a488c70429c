/**
 * What views need of the runbook model without shipping zod to browsers: the id pattern, the list
 * fields, and the types (inferred from the one schema in runbookModel.ts; `export type` is erased
 * from the bundle).
 */
export type { OwnerKey } from './ownerTypes';
export type { CommandVariable, ConditionalOwner, DoFirstAction, RunbookMeta, RunbookSource } from './runbookModel';

/** `FM-<code>-<WORDS>`: upper case, digits and single hyphens. */
export const runbookIdPattern = /^FM-(500|502|503|504)-[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/** The front matter fields that are lists of plain strings (runbookModel.ts checks this list against its schema). */
export const runbookListFields = ['signals', 'related', 'evidence', 'on_call_may'] as const;
