import { useEffect, useMemo, useState } from 'react';
import { useLocation } from '@docusaurus/router';
import { parseAlertContext, type AlertContext } from '@site/src/lib/alertContext';

const EMPTY: AlertContext = { values: {}, problems: [] };

/** Alert context from the address, read after hydration (the static HTML never depends on it). */
export function useAlertContext(): AlertContext {
  const location = useLocation();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return useMemo(() => (hydrated ? parseAlertContext(location.search) : EMPTY), [hydrated, location.search]);
}
