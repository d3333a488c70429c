import { ownerKeys, owners } from '@site/src/data/owners';
import { ownerForBranch, ownersFor } from '@site/src/lib/ownerRules';
import { isOwnerKey } from '@site/src/lib/frontMatterView';
import type { CatalogRow } from '@site/src/lib/catalogRow';

/**
 * Everything the leaf shows and the incident note needs, from the full runbook catalog (`rows`). `site` is the
 * public address with a trailing slash (see usePublicSiteUrl), never the placeholder host.
 */
export function leafRunbook(rows: ReadonlyMap<string, CatalogRow>, id: string, site: string, leafOwner?: string) {
  const row = rows.get(id);
  if (!row) return null;
  // The owner for this branch: the leaf's owner when it names one of the runbook's owners.
  const branch = ownerForBranch(row, leafOwner);
  const name = (key: string) => (isOwnerKey(key, ownerKeys) ? owners[key].name : key);
  const others = ownersFor(row)
    .rules.filter((r) => !(branch.fromBranch && r.owner === branch.owner))
    .map((r) => ({ when: r.when, name: name(r.owner) }));
  return {
    row,
    branch,
    leaf: {
      id: row.id,
      title: row.title,
      status: row.status,
      owner: branch.owner,
      ownerName: name(branch.owner),
      ...(branch.when === undefined ? {} : { ownerWhen: branch.when }),
      otherOwners: branch.fromBranch ? [] : others,
      escalateToName: owners[row.escalate_to].name,
      ...(row.escalate_when === undefined ? {} : { escalateWhen: row.escalate_when }),
      first_action: row.first_action,
      evidence: row.evidence,
      url: `${site}${row.path.replace(/^\//, '')}`,
    },
  };
}

export type LeafView = NonNullable<ReturnType<typeof leafRunbook>>;
