// Swizzled (wrapped) to fill a runbook's shell commands with the alert link's and the reader's
// saved values: the block shows and copies the filled command; without values or JavaScript it
// is the classic theme's block, placeholders and all.
import React, { useMemo } from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type { Props } from '@theme/CodeBlock';
import { fillShell, isShellLanguage, shellVariables } from '@site/src/lib/commandFill';
import { valuesForFill } from '@site/src/lib/commandEnv';
import { FillMarksContext, sourceNames, type FillMarks } from '@site/src/components/FilledCommand/context';
import { useResolvedVariables } from '@site/src/components/FilledCommand/useResolvedVariables';
import styles from '@site/src/components/FilledCommand/styles.module.css';

function languageOf(props: Props): string | undefined {
  return props.language ?? /language-(\S+)/.exec(props.className ?? '')?.[1];
}

export default function CodeBlockWrapper(props: Props): React.ReactNode {
  const shell = isShellLanguage(languageOf(props)) && typeof props.children === 'string' && shellVariables(props.children).length > 0;
  return shell ? <FilledCodeBlock {...props} code={props.children as string} /> : <CodeBlock {...props} />;
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
