/**
 * The lookup's catalog for command-line tools: runbooks from docs/ (with their signals and any
 * conditional owners) and the signatures, prepared once.
 */
import { signatures } from '../src/data/signatures';
import { ownerKeys } from '../src/data/owners';
import { toMatchable } from '../src/lib/signatureTypes';
import { prepareLookup, type LookupCatalogEntry, type LookupData } from '../src/lib/signatureLookup';
import type { ConditionalOwner } from '../src/lib/signatureHops';
import { loadRunbooks } from '../plugins/runbook-catalog/loadRunbooks';

function conditionalOwners(meta: object): ConditionalOwner[] {
  const raw = (meta as { owners?: unknown }).owners;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((o: unknown) => {
    if (o === null || typeof o !== 'object') return [];
    const { when, owner } = o as { when?: unknown; owner?: unknown };
    return typeof when === 'string' && typeof owner === 'string' ? [{ when, owner }] : [];
  });
}

export async function loadLookupData(siteDir: string): Promise<{ data: LookupData; entries: LookupCatalogEntry[] }> {
  const { entries } = await loadRunbooks(siteDir);
  const catalog: LookupCatalogEntry[] = entries.map(({ meta }) => ({
    id: meta.id,
    title: meta.title,
    description: meta.description,
    status: meta.status,
    owner: meta.owner,
    signals: meta.signals,
    owners: conditionalOwners(meta),
  }));
  return { data: prepareLookup(signatures.map(toMatchable), catalog, ownerKeys), entries: catalog };
}
