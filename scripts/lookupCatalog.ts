/**
 * The lookup's catalog for command-line tools: runbooks from docs/ (with their signals and any
 * conditional owners) and the signatures, prepared once.
 */
import { signatures, signatureSystems } from '../src/data/signatures';
import { ownerKeys } from '../src/data/owners';
import { toMatchable } from '../src/lib/signatureTypes';
import { prepareLookup, toLookupEntry, type LookupCatalogEntry, type LookupData } from '../src/lib/signatureLookup';
import { loadRunbooks } from '../plugins/runbook-catalog/loadRunbooks';

export async function loadLookupData(siteDir: string): Promise<{ data: LookupData; entries: LookupCatalogEntry[] }> {
  const { entries } = await loadRunbooks(siteDir);
  const catalog: LookupCatalogEntry[] = entries.map(({ meta }) => toLookupEntry(meta));
  return { data: prepareLookup(signatures.map(toMatchable), catalog, ownerKeys, signatureSystems), entries: catalog };
}
