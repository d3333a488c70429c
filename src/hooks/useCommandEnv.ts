import { useCallback, useSyncExternalStore } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { ENV_KEY, emptyEnv, loadEnv, serializeEnv, setEnvValue, type CommandEnv } from '@site/src/lib/commandEnv';

// One store for every code block and the panel of a page: read local storage once, share it.
let current: { env: CommandEnv; notice: string | null } | null = null;
const listeners = new Set<() => void>();
const EMPTY_STATE = { env: emptyEnv(), notice: null };

function read(): { env: CommandEnv; notice: string | null } {
  if (current) return current;
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(ENV_KEY);
  } catch {
    stored = null; // Storage disabled: values last for this page only.
  }
  const loaded = loadEnv(stored);
  current = { env: loaded.env, notice: loaded.notice ?? null };
  if (loaded.notice) persist(loaded.env);
  return current;
}
function persist(env: CommandEnv): void {
  try {
    window.localStorage.setItem(ENV_KEY, serializeEnv(env));
  } catch {
    // Storage unavailable: keep the values for this page only.
  }
}
function publish(env: CommandEnv, notice: string | null): void {
  current = { env, notice };
  listeners.forEach((l) => l());
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === ENV_KEY) publish(loadEnv(e.newValue).env, null);
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The reader's saved environment values (local storage), shared by the panel and every code
 * block. Empty until hydration, so the server render and the first client render agree.
 */
export function useCommandEnv(): {
  env: CommandEnv;
  notice: string | null;
  /** Save one value; returns an error message when the value is refused. */
  set: (name: string, value: string) => string | null;
  clear: () => void;
} {
  const hydrated = useIsBrowser();
  const state = useSyncExternalStore(
    subscribe,
    () => (hydrated ? read() : EMPTY_STATE),
    () => EMPTY_STATE,
  );
  const set = useCallback((name: string, value: string) => {
    const result = setEnvValue(read().env, name, value);
    if (!result.ok) return result.message;
    persist(result.env);
    publish(result.env, null);
    return null;
  }, []);
  const clear = useCallback(() => {
    persist(emptyEnv());
    publish(emptyEnv(), null);
  }, []);
  return { ...state, set, clear };
}
