import { useCallback, useEffect, useState } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';

/**
 * State kept in the URL query string, parsed with a pure parser. The first render uses `initial`
 * so that the server render and the hydrating render agree; the URL is read after hydration.
 */
export function useQueryState<T>(parse: (search: string) => T, serialize: (value: T) => string, initial: T): [T, (next: T) => void] {
  const location = useLocation();
  const history = useHistory();
  const [value, setValue] = useState<T>(initial);

  useEffect(() => {
    setValue(parse(location.search));
  }, [location.search, parse]);

  const update = useCallback(
    (next: T) => {
      setValue(next);
      history.replace({ search: serialize(next), hash: location.hash });
    },
    [history, location.hash, serialize],
  );
  return [value, update];
}
