/**
 * The learner's progress, kept in the browser only: modules done, knowledge-check answers and
 * simulator scores. Versioned; anything corrupt, foreign or from another version is detected and
 * replaced by empty progress with a notice, never a crash. Pure: the hook does the storage I/O.
 */
import type { TrainingModule } from './trainingTypes';

export const PROGRESS_KEY = '5xx-field-guide:progress';
export const PROGRESS_VERSION = 1;
const MAX_ENTRIES = 500;

export interface ModuleRecord {
  done: boolean;
  /** ISO time when marked done. */
  at?: string;
}

export interface AnswerRecord {
  answer: string;
  correct: boolean;
  at: string;
}

export interface ScenarioRecord {
  /** Points of the last completed run (0..100). */
  points: number;
  best: number;
  resolved: boolean;
  runs: number;
  at: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  modules: Record<string, ModuleRecord>;
  /** Keyed `<module id>/<question id>`. */
  answers: Record<string, AnswerRecord>;
  scenarios: Record<string, ScenarioRecord>;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, modules: {}, answers: {}, scenarios: {} });

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));

function cleanRecord<T>(raw: unknown, keyOk: (k: string) => boolean, value: (v: unknown) => T | null): Record<string, T> | null {
  if (!isObject(raw)) return null;
  const entries = Object.entries(raw);
  if (entries.length > MAX_ENTRIES) return null;
  const out: Record<string, T> = {};
  for (const [k, v] of entries) {
    if (!keyOk(k)) return null;
    const clean = value(v);
    if (clean === null) return null;
    out[k] = clean;
  }
  return out;
}

/** Validate unknown data as progress; null when it is not exactly the current format. */
export function validateProgress(raw: unknown): Progress | null {
  if (!isObject(raw) || raw.version !== PROGRESS_VERSION) return null;
  const modules = cleanRecord<ModuleRecord>(
    raw.modules,
    (k) => ID.test(k),
    (v) =>
      isObject(v) && typeof v.done === 'boolean' && (v.at === undefined || isIso(v.at))
        ? { done: v.done, ...(v.at ? { at: v.at as string } : {}) }
        : null,
  );
  const answers = cleanRecord<AnswerRecord>(
    raw.answers,
    (k) => /^[a-z0-9-]+\/[a-z0-9-]+$/.test(k),
    (v) =>
      isObject(v) && typeof v.answer === 'string' && ID.test(v.answer) && typeof v.correct === 'boolean' && isIso(v.at)
        ? { answer: v.answer, correct: v.correct, at: v.at }
        : null,
  );
  const scenarios = cleanRecord<ScenarioRecord>(
    raw.scenarios,
    (k) => ID.test(k),
    (v) => {
      if (!isObject(v)) return null;
      const { points, best, resolved, runs, at } = v;
      const score = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100;
      return score(points) &&
        score(best) &&
        typeof resolved === 'boolean' &&
        typeof runs === 'number' &&
        Number.isInteger(runs) &&
        runs >= 0 &&
        isIso(at)
        ? { points: points as number, best: best as number, resolved, runs, at }
        : null;
    },
  );
  if (!modules || !answers || !scenarios) return null;
  return { version: PROGRESS_VERSION, modules, answers, scenarios };
}

export interface LoadedProgress {
  progress: Progress;
  /** Set when stored data had to be reset; tell the learner. */
  notice?: string;
}

/** Read what storage held. Never throws. */
export function loadProgress(stored: string | null): LoadedProgress {
  if (stored === null || stored === '') return { progress: emptyProgress() };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return { progress: emptyProgress(), notice: 'Your saved training progress could not be read (it was damaged), so it was reset.' };
  }
  if (isObject(raw) && typeof raw.version === 'number' && raw.version !== PROGRESS_VERSION) {
    return {
      progress: emptyProgress(),
      notice: `Your saved training progress was from another version of the guide (version ${raw.version}), so it was reset.`,
    };
  }
  const progress = validateProgress(raw);
  return progress
    ? { progress }
    : { progress: emptyProgress(), notice: 'Your saved training progress was not in a format this guide understands, so it was reset.' };
}

export const serializeProgress = (p: Progress): string => JSON.stringify(p);

export function markModule(p: Progress, moduleId: string, done: boolean, now: string): Progress {
  return { ...p, modules: { ...p.modules, [moduleId]: done ? { done, at: now } : { done } } };
}

export function recordAnswer(p: Progress, moduleId: string, questionId: string, answer: string, correct: boolean, now: string): Progress {
  return { ...p, answers: { ...p.answers, [`${moduleId}/${questionId}`]: { answer, correct, at: now } } };
}

export function recordScenario(p: Progress, scenarioId: string, points: number, resolved: boolean, now: string): Progress {
  const previous = p.scenarios[scenarioId];
  const clamped = Math.max(0, Math.min(100, Math.round(points)));
  return {
    ...p,
    scenarios: {
      ...p.scenarios,
      [scenarioId]: { points: clamped, best: Math.max(clamped, previous?.best ?? 0), resolved, runs: (previous?.runs ?? 0) + 1, at: now },
    },
  };
}

export interface ModuleProgress {
  answered: number;
  correct: number;
  questions: number;
  scenariosPlayed: number;
  scenarios: number;
  done: boolean;
  /** 0..1: answered questions, played scenarios and the done mark together. */
  fraction: number;
}

export function moduleProgress(module: TrainingModule, p: Progress): ModuleProgress {
  const questions = module.quiz.length;
  const records = module.quiz.map((q) => p.answers[`${module.id}/${q.id}`]);
  const answered = records.filter(Boolean).length;
  const correct = records.filter((r) => r?.correct).length;
  const scenarioIds = module.practice.flatMap((item) => (item.kind === 'scenario' ? [item.scenario] : []));
  const scenariosPlayed = scenarioIds.filter((id) => p.scenarios[id]).length;
  const done = p.modules[module.id]?.done === true;
  const parts = questions + scenarioIds.length + 1;
  const fraction = (answered + scenariosPlayed + (done ? 1 : 0)) / parts;
  return { answered, correct, questions, scenariosPlayed, scenarios: scenarioIds.length, done, fraction };
}

export function pathProgress(modules: readonly TrainingModule[], p: Progress): { done: number; total: number; fraction: number } {
  const fractions = modules.map((m) => moduleProgress(m, p).fraction);
  return {
    done: modules.filter((m) => p.modules[m.id]?.done).length,
    total: modules.length,
    fraction: fractions.reduce((a, b) => a + b, 0) / Math.max(1, modules.length),
  };
}

/** The export file's content. */
export function exportProgress(p: Progress): string {
  return `${JSON.stringify({ ...p, exportedFrom: '5xx Field Guide' }, null, 2)}\n`;
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

export function importProgress(text: string): ImportResult {
  if (text.length > 1_000_000) return { ok: false, error: 'The file is too large to be a progress export.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not JSON. Choose a file exported from this page.' };
  }
  if (isObject(raw)) {
    const { exportedFrom: _ignored, ...rest } = raw;
    if (typeof rest.version === 'number' && rest.version !== PROGRESS_VERSION) {
      return { ok: false, error: `The file is from another version of the guide (version ${rest.version}).` };
    }
    const progress = validateProgress(rest);
    if (progress) return { ok: true, progress };
  }
  return { ok: false, error: 'The file is not a progress export of this guide. Nothing was changed.' };
}
