import React, { useId, useState } from 'react';
import { sourceNames } from '@site/src/components/FilledCommand/context';
import { useResolvedVariables } from '@site/src/components/FilledCommand/useResolvedVariables';
import { useCommandEnv } from '@site/src/hooks/useCommandEnv';
import { panelVariables } from './Shell';
import styles from './styles.module.css';

/**
 * The inside of "My environment" (its frame, rendered with the page, is ./Shell.tsx): the values
 * this page's commands take, where each one comes from (the alert link wins over a value saved on
 * this device), and a form to save the rest once. Values are
 * checked against a strict character set per kind; a refused value is named with the reason and
 * nothing is saved for it.
 */
export default function EnvPanel(): React.ReactElement | null {
  const resolved = panelVariables(useResolvedVariables());
  const { env, notice, set, clear } = useCommandEnv();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const id = useId();
  if (resolved.length === 0) return null;

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: Record<string, string> = {};
    for (const r of resolved) {
      const raw = data.get(r.variable.name);
      if (typeof raw !== 'string') continue;
      const error = set(r.variable.name, raw);
      if (error) next[r.variable.name] = error;
    }
    setErrors(next);
    setSaved(Object.keys(next).length === 0);
  };

  return (
    <>
      {notice && (
        <p role="status" className={styles.notice}>
          {notice}
        </p>
      )}
      <p className={styles.help}>
        Values saved here stay on this device (local storage) and fill this guide&apos;s commands. A value from the alert link wins. Secrets
        are never asked for: set those in your shell.
      </p>
      <form onSubmit={onSubmit} noValidate>
        {resolved.map((r) => {
          const name = r.variable.name;
          const inputId = `${id}-${name}`;
          const statusId = `${inputId}-status`;
          const error = errors[name];
          return (
            <div key={name} className={styles.field}>
              <label htmlFor={inputId}>
                <code>${name}</code> {r.variable.meaning}
              </label>
              <input
                id={inputId}
                name={name}
                defaultValue={env.values[name] ?? ''}
                placeholder={r.variable.example}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                aria-describedby={statusId}
                aria-invalid={error ? true : undefined}
              />
              <p id={statusId} className={error ? styles.error : styles.status} data-source={r.filled?.source ?? 'none'}>
                {error
                  ? `Not saved: ${error}.`
                  : r.filled
                    ? `In use: ${r.filled.value}, from ${sourceNames[r.filled.source]}${r.overridden ? ` (your saved value ${r.overridden} is set aside)` : ''}.`
                    : `Not set: the commands show $${name}.`}
                {r.refused && ` The alert link's value “${r.refused.value}” was refused: ${r.refused.message}.`}
              </p>
            </div>
          );
        })}
        <div className={styles.actions}>
          <button type="submit">Save on this device</button>
          <button
            type="button"
            onClick={() => {
              clear();
              setErrors({});
              setSaved(false);
            }}
          >
            Forget saved values
          </button>
        </div>
        <p role="status" className={styles.status}>
          {saved ? 'Saved.' : ''}
        </p>
      </form>
    </>
  );
}
