import { useEffect, useState } from 'react';
import { prepareLookup, type LookupData } from '@site/src/lib/signatureLookup';
import type { CatalogRow } from '@site/src/lib/catalogRow';
import { ownerKeys } from '@site/src/data/owners';

export interface Loaded {
  data: LookupData;
  rows: Map<string, CatalogRow>;
}

let loadedOnce: Promise<Loaded> | null = null;

/**
 * The signatures and the lookup's catalog arrive as their own files after the page is shown, so
 * the page costs little more than a text page; once loaded they stay prepared for the session.
 */
function load(): Promise<Loaded> {
  loadedOnce ??= Promise.all([
    import('@generated/runbook-catalog/default/signatures.json'),
    import('@generated/runbook-catalog/default/lookup-catalog.json'),
    import('@generated/runbook-catalog/default/catalog.json'),
    import('@generated/runbook-catalog/default/signature-systems.json'),
  ]).then(([signatures, lookupCatalog, catalog, systems]) => ({
    data: prepareLookup(signatures.default, lookupCatalog.default, ownerKeys, systems.default),
    rows: new Map(catalog.default.map((r) => [r.id, r])),
  }));
  loadedOnce.catch(() => {
    loadedOnce = null;
  });
  return loadedOnce;
}

/** Loads when `needed` turns true; says when loading failed (the connection may have dropped). */
export function useLookupData(needed: boolean): { loaded: Loaded | null; failed: boolean } {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || loaded) return undefined;
    let current = true;
    load().then(
      (l) => current && setLoaded(l),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [needed, loaded]);
  return { loaded, failed };
}
