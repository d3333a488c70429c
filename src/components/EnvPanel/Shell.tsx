import React from 'react';
import type { ResolvedVariable } from '@site/src/lib/commandEnv';
import { useResolvedVariables } from '@site/src/components/FilledCommand/useResolvedVariables';
import shell from './shell.module.css';

/** The variables the panel offers: those a reader may set (a `shell` variable is set in the shell only). */
export const panelVariables = (resolved: readonly ResolvedVariable[]): ResolvedVariable[] =>
  resolved.filter((r) => r.variable.from !== 'shell');

/**
 * The "My environment" panel's frame: a closed disclosure with a one-line summary, rendered with
 * the page (hidden without JavaScript), around the form (`children`), which loads apart. The frame
 * stays the same element while the form arrives, so nothing on the page moves and a panel the
 * reader opened early stays open.
 */
export default function EnvPanelFrame({ children }: { children: React.ReactNode }): React.ReactElement | null {
  const resolved = panelVariables(useResolvedVariables());
  if (resolved.length === 0) return null;
  const filled = resolved.filter((r) => r.filled).length;
  return (
    <details className={`${shell.panel} fg-needs-js`} data-testid="env-panel">
      <summary>
        My environment: {filled} of {resolved.length} command values set
      </summary>
      {children}
    </details>
  );
}
