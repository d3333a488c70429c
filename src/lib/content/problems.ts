/** One shape for every content problem, whatever the kind: the file, the field and what to do. */
import type { ZodError } from 'zod';

export interface ContentProblem {
  /** Path from the site root, e.g. src/data/training/triage-practice/quiz.yaml */
  file: string;
  /** Where in the file: a field path such as questions[2].options, or a node, signature or alert. */
  field: string;
  /** What is wrong and how to fix it, in a contributor's words. */
  message: string;
}

/** `questions.2.options` as a reader writes it: `questions[2].options`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '') || '(file)';
}

export function zodProblems(file: string, error: ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}

/** Problems grouped by file, in the order files were reported. */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`The content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`];
  for (const [file, list] of byFile) {
    lines.push(`  - ${file}`);
    for (const p of list) lines.push(`      field ${p.field}: ${p.message}`);
  }
  return lines.join('\n');
}
