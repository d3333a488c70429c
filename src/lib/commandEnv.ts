/**
 * The reader's "my environment" values (namespace, cluster, target group ...), kept in the
 * browser, and the merge with the alert link: the link wins, then the saved value. Versioned and
 * validated like training progress: anything corrupt, foreign or from another version is
 * replaced by an empty environment with a notice, never a crash. Pure: the hook does the I/O.
 */
import type { CommandVariable } from './runbookTypes';
import type { AlertContext } from './alertContext';
import { checkValue, variableKind, type FilledValue } from './commandFill';

export const ENV_KEY = '5xx-field-guide:environment';
export const ENV_VERSION = 1;
const MAX_VALUES = 100;
const NAME = /^[A-Z][A-Z0-9_]{0,39}$/;

export interface CommandEnv {
  version: typeof ENV_VERSION;
  /** Variable name (NAMESPACE) -> value, each valid for the variable's kind. */
  values: Record<string, string>;
}

export const emptyEnv = (): CommandEnv => ({ version: ENV_VERSION, values: {} });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validate unknown data as an environment; null when it is not exactly the current format. */
export function validateEnv(raw: unknown): CommandEnv | null {
  if (!isObject(raw) || raw.version !== ENV_VERSION || !isObject(raw.values)) return null;
  const entries = Object.entries(raw.values);
  if (entries.length > MAX_VALUES) return null;
  const values: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (!NAME.test(name) || typeof value !== 'string') return null;
    const check = checkValue(variableKind(name), value);
    if (!check.ok) return null;
    values[name] = check.value;
  }
  return { version: ENV_VERSION, values };
}

export interface LoadedEnv {
  env: CommandEnv;
  /** Set when stored data had to be reset; tell the reader. */
  notice?: string;
}

/** Read what storage held. Never throws. */
export function loadEnv(stored: string | null): LoadedEnv {
  if (stored === null || stored === '') return { env: emptyEnv() };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return { env: emptyEnv(), notice: 'Your saved environment values could not be read (they were damaged), so they were reset.' };
  }
  if (isObject(raw) && typeof raw.version === 'number' && raw.version !== ENV_VERSION) {
    return {
      env: emptyEnv(),
      notice: `Your saved environment values were from another version of the guide (version ${raw.version}), so they were reset.`,
    };
  }
  const env = validateEnv(raw);
  return env
    ? { env }
    : { env: emptyEnv(), notice: 'Your saved environment values were not in a format this guide understands, so they were reset.' };
}

export const serializeEnv = (env: CommandEnv): string => JSON.stringify(env);

export type SetResult = { ok: true; env: CommandEnv } | { ok: false; message: string };

/** Save one value (an empty value removes it). A value that fails its kind is refused, with why. */
export function setEnvValue(env: CommandEnv, name: string, raw: string): SetResult {
  if (!NAME.test(name)) return { ok: false, message: `${name} is not a variable name` };
  if (raw.trim() === '') {
    const { [name]: _removed, ...rest } = env.values;
    return { ok: true, env: { ...env, values: rest } };
  }
  const check = checkValue(variableKind(name), raw);
  if (!check.ok) return { ok: false, message: check.message };
  if (!(name in env.values) && Object.keys(env.values).length >= MAX_VALUES)
    return { ok: false, message: `at most ${MAX_VALUES} values can be saved` };
  return { ok: true, env: { ...env, values: { ...env.values, [name]: check.value } } };
}

/** One variable of the page as the reader sees it in the panel. */
export interface ResolvedVariable {
  variable: CommandVariable;
  /** The value the commands use, and where it came from; absent when nothing fills it. */
  filled?: FilledValue;
  /** Set when the link carried a value the variable's kind refuses: shown, never used. */
  refused?: { value: string; message: string };
  /** The saved value, when the link's value wins over it. */
  overridden?: string;
}

/**
 * Values for a page's variables: the alert link first (through the variable's `from` field),
 * then the saved environment. `shell` variables (secrets, values found during diagnosis) are
 * never filled.
 */
export function resolveVariables(variables: readonly CommandVariable[], ctx: AlertContext, env: CommandEnv): ResolvedVariable[] {
  return variables.map((variable) => {
    if (variable.from === 'shell') return { variable };
    const saved = env.values[variable.name];
    const fromLink = variable.from === 'panel' ? undefined : (ctx.values as Record<string, string | undefined>)[variable.from];
    if (fromLink !== undefined) {
      const check = checkValue(variableKind(variable.name), fromLink);
      if (check.ok) {
        return {
          variable,
          filled: { value: check.value, source: 'link' },
          ...(saved !== undefined && saved !== check.value ? { overridden: saved } : {}),
        };
      }
      const refused = { value: fromLink.length > 40 ? `${fromLink.slice(0, 40)}…` : fromLink, message: check.message };
      return saved === undefined ? { variable, refused } : { variable, refused, filled: { value: saved, source: 'panel' } };
    }
    return saved === undefined ? { variable } : { variable, filled: { value: saved, source: 'panel' } };
  });
}

/** The values map fillShell takes. */
export function valuesForFill(resolved: readonly ResolvedVariable[]): Record<string, FilledValue> {
  return Object.fromEntries(resolved.flatMap((r) => (r.filled ? [[r.variable.name, r.filled]] : [])));
}
