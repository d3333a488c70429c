// Swizzled (wrapped) for two things: fill a runbook's shell commands with the alert link's and the
// reader's saved values (the block shows and copies the filled command; without values or
// JavaScript it is the classic theme's block, placeholders and all), and show a block marked
// prod="<who>" as a command that changes production, with who may run it, in the server-rendered
// HTML (readable without JavaScript, in dark mode and in print).
import React, { isValidElement, useMemo } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useColorMode } from '@docusaurus/theme-common';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type { Props } from '@theme/CodeBlock';
import { fillShell, isShellLanguage, shellVariables } from '@site/src/lib/commandFill';
import { valuesForFill } from '@site/src/lib/commandEnv';
import { parseProdMarker, productionLabel } from '@site/src/lib/commandSafety';
import { owners, type OwnerKey } from '@site/src/data/owners';
import { FillMarksContext, sourceNames, type FillMarks } from '@site/src/components/FilledCommand/context';
import { useResolvedVariables } from '@site/src/components/FilledCommand/useResolvedVariables';
import styles from '@site/src/components/FilledCommand/styles.module.css';

/**
 * The classic theme's CodeBlock, but for when it renders the block again. The server writes every
 * block in the light code theme, and the classic theme renders every block a second time from
 * scratch once the page has hydrated (a changed `key`), in case the reader's colour mode is dark.
 * On a runbook with five blocks that second pass is a few hundred elements created and highlighted
 * again during load, for nothing in light mode. Here the second pass happens only when the reader's
 * colour mode is not light; in light mode the server's blocks are already right.
 */
function CodeBlock({ children: rawChildren, ...props }: Props): React.ReactNode {
  const isBrowser = useIsBrowser();
  const { colorMode } = useColorMode();
  const children = React.Children.toArray(rawChildren).some((el) => isValidElement(el))
    ? rawChildren
    : Array.isArray(rawChildren)
      ? rawChildren.join('')
      : rawChildren;
  const key = isBrowser && colorMode !== 'light' ? `client-${colorMode}` : 'server';
  return typeof children === 'string' ? (
    <StringContent key={key} {...props}>
      {children}
    </StringContent>
  ) : (
    <ElementContent key={key} {...props}>
      {children}
    </ElementContent>
  );
}

function languageOf(props: Props): string | undefined {
  return props.language ?? /language-(\S+)/.exec(props.className ?? '')?.[1];
}

const ownerName = (key: string): string | undefined => (key in owners ? owners[key as OwnerKey].name : undefined);

export default function CodeBlockWrapper(props: Props): React.ReactNode {
  const shell = isShellLanguage(languageOf(props)) && typeof props.children === 'string' && shellVariables(props.children).length > 0;
  const block = shell ? <FilledCodeBlock {...props} code={props.children as string} /> : <CodeBlock {...props} />;
  const who = parseProdMarker(props.metastring);
  if (who === null) return block;
  const label = productionLabel(who, ownerName);
  return (
    <div className={styles.production} data-changes-production={who}>
      <p className={styles.productionLabel}>
        <strong>{label.title}</strong>
        <span aria-hidden="true"> · </span>
        <span>{label.who}</span>
      </p>
      {block}
    </div>
  );
}

function FilledCodeBlock({ code, ...props }: Props & { code: string }): React.ReactNode {
  const resolved = useResolvedVariables();
  const filled = useMemo(() => fillShell(code, valuesForFill(resolved)), [code, resolved]);
  const marks = useMemo<FillMarks>(
    () => ({
      values: new Map(filled.parts.flatMap((p) => (p.type === 'value' ? [[p.text, { name: p.name, source: p.source }] as const] : []))),
      unfilled: new Set(filled.parts.flatMap((p) => (p.type === 'unfilled' ? [p.text] : []))),
    }),
    [filled],
  );
  if (filled.filled.length === 0) return <CodeBlock {...props}>{code}</CodeBlock>;
  const sources = filled.parts.flatMap((p) => (p.type === 'value' ? [`${p.name} from ${sourceNames[p.source]}`] : []));
  return (
    <div className={styles.filled} data-filled-command="">
      <p className={styles.caption}>
        Filled: {[...new Set(sources)].join(', ')}.
        {filled.unfilled.length > 0 && <> Still to set: {filled.unfilled.map((n) => `$${n}`).join(', ')}.</>}
      </p>
      <FillMarksContext.Provider value={marks}>
        <CodeBlock {...props}>{filled.text}</CodeBlock>
      </FillMarksContext.Provider>
    </div>
  );
}
