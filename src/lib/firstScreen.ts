/**
 * What a runbook's first screen shows on a phone: the owner's contact and the "do first" actions.
 * Pure, so the runbook header and the tree leaf agree and the rules are unit-tested.
 */
import type { DoFirstAction } from './runbookTypes';

/** The escalation link every owner has until an adopter sets a real one (src/data/owners.ts). */
export const UNCONFIGURED_ESCALATION_HREF = '/docs/adopt#escalation-links';

export type OwnerContact =
  | { configured: true; label: string; href: string }
  /** The registry still has the default link: say so, and link to where to set it. */
  | { configured: false; label: string; setupHref: string };

export function ownerContact(escalation: { label: string; href: string }): OwnerContact {
  const href = escalation.href.trim();
  if (href === '' || href === UNCONFIGURED_ESCALATION_HREF) {
    return { configured: false, label: escalation.label, setupHref: UNCONFIGURED_ESCALATION_HREF };
  }
  return { configured: true, label: escalation.label, href };
}

/** `do_first` from front matter as the browser receives it (already validated by the build). */
export function readDoFirst(value: unknown): DoFirstAction[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (v): v is DoFirstAction =>
      typeof v === 'object' &&
      v !== null &&
      typeof (v as DoFirstAction).action === 'string' &&
      typeof (v as DoFirstAction).when === 'string' &&
      (v as DoFirstAction).action.trim() !== '',
  );
}

/** The actions to show first: the page's `do_first` list, or its single `first_action`. */
export function firstScreenActions(doFirst: readonly DoFirstAction[], firstAction: string): DoFirstAction[] {
  if (doFirst.length > 0) return [...doFirst];
  return firstAction.trim() === '' ? [] : [{ action: firstAction, when: '' }];
}
