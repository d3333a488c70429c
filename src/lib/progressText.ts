/**
 * What a training progress figure counts, in words, so a percentage is never unexplained.
 * Pure; the progress bars render these strings.
 */
import type { ModuleProgress } from './progressStore';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** e.g. "2 of 3 questions answered, 0 of 1 scenario played, not marked done". */
export function moduleProgressText(mp: ModuleProgress): string {
  const parts = [`${mp.answered} of ${plural(mp.questions, 'question', 'questions')} answered`];
  if (mp.scenarios > 0) parts.push(`${mp.scenariosPlayed} of ${plural(mp.scenarios, 'scenario', 'scenarios')} played`);
  parts.push(mp.done ? 'marked done' : 'not marked done');
  return parts.join(', ');
}

/** The path's figure: the average of the modules' step shares, and how many modules are marked done. */
export function pathProgressText(path: { done: number; total: number }): string {
  return `${path.done} of ${plural(path.total, 'module', 'modules')} marked done; the percentage is the share of all steps taken (questions answered, scenarios played, modules marked done), averaged over the modules`;
}
