import { useDoc } from '@docusaurus/plugin-content-docs/client';
import type { CommandVariable } from '@site/src/lib/runbookTypes';

const NONE: CommandVariable[] = [];

/** The `variables` the page's front matter declares (validated at build time), or none off the docs. */
export function usePageVariables(): CommandVariable[] {
  let frontMatter: Record<string, unknown> | null = null;
  try {
    // useDoc reads a context and throws when the page is not a doc; it is called on every render,
    // so the order of hooks never changes (the rule cannot see through the try).
    // eslint-disable-next-line react-hooks/rules-of-hooks
    frontMatter = useDoc().frontMatter as Record<string, unknown>;
  } catch {
    frontMatter = null;
  }
  const variables = frontMatter?.variables;
  return Array.isArray(variables) ? (variables as CommandVariable[]) : NONE;
}
