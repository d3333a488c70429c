import { useMemo } from 'react';
import { resolveVariables, type ResolvedVariable } from '@site/src/lib/commandEnv';
import { useAlertContext } from '@site/src/hooks/useAlertContext';
import { useCommandEnv } from '@site/src/hooks/useCommandEnv';
import { usePageVariables } from './usePageVariables';

/** The page's variables with their values: the alert link first, then the saved environment. */
export function useResolvedVariables(): ResolvedVariable[] {
  const variables = usePageVariables();
  const ctx = useAlertContext();
  const { env } = useCommandEnv();
  return useMemo(() => resolveVariables(variables, ctx, env), [variables, ctx, env]);
}
