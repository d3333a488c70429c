/**
 * Training modules from their parsed files: one folder per module, src/data/training/<id>/ with
 * module.yaml and quiz.yaml, and a page docs/training/<id>.mdx that renders it. Pure: the Node
 * loader reads the files and hands over what YAML parsed (or the parse error).
 */
import { kebabCase, moduleFileSchema, quizFileSchema, type TrainingModule } from '../trainingSchema';
import { zodProblems, type ContentProblem } from './problems';

export const TRAINING_DIR = 'src/data/training';
export const trainingModuleFile = (id: string): string => `${TRAINING_DIR}/${id}/module.yaml`;
export const trainingQuizFile = (id: string): string => `${TRAINING_DIR}/${id}/quiz.yaml`;
export const trainingPageFile = (id: string): string => `docs/training/${id}.mdx`;

/** A file as the loader read it: its parsed YAML, or why it could not be read. */
export type ParsedFile = { ok: true; data: unknown } | { ok: false; error: string };

export interface TrainingFolder {
  /** The folder's name: the module's id. */
  id: string;
  module: ParsedFile;
  quiz: ParsedFile;
  /** The page's source, or null when there is none. */
  page: string | null;
}

export function parseTraining(
  folders: readonly TrainingFolder[],
  known: { scenarioIds: ReadonlySet<string> },
): { modules: TrainingModule[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const placed: { position: number; module: TrainingModule }[] = [];
  const positions = new Map<number, string>();
  for (const folder of folders) {
    const moduleFile = trainingModuleFile(folder.id);
    const quizFile = trainingQuizFile(folder.id);
    if (!kebabCase.test(folder.id)) {
      problems.push({
        file: `${TRAINING_DIR}/${folder.id}/`,
        field: '(folder name)',
        message: 'the folder name is the module id and must be kebab-case, such as "triage-practice"',
      });
      continue;
    }
    const fileProblem = (file: string, parsed: ParsedFile) => (parsed.ok ? [] : [{ file, field: '(file)', message: parsed.error }]);
    problems.push(...fileProblem(moduleFile, folder.module), ...fileProblem(quizFile, folder.quiz));
    if (!folder.module.ok || !folder.quiz.ok) continue;
    const meta = moduleFileSchema.safeParse(folder.module.data);
    const quiz = quizFileSchema.safeParse(folder.quiz.data);
    if (!meta.success) problems.push(...zodProblems(moduleFile, meta.error));
    if (!quiz.success) problems.push(...zodProblems(quizFile, quiz.error));
    if (!meta.success || !quiz.success) continue;
    const { position, ...rest } = meta.data;
    const taken = positions.get(position);
    if (taken)
      problems.push({
        file: moduleFile,
        field: 'position',
        message: `position ${position} is already taken by "${taken}": give each module its own place`,
      });
    positions.set(position, folder.id);
    meta.data.practice.forEach((item, i) => {
      if (item.kind === 'scenario' && !known.scenarioIds.has(item.scenario)) {
        problems.push({
          file: moduleFile,
          field: `practice[${i}].scenario`,
          message: `no scenario has the id "${item.scenario}": use one of ${[...known.scenarioIds].join(', ')}`,
        });
      }
    });
    const pageFile = trainingPageFile(folder.id);
    const usage = `<TrainingModule id="${folder.id}" />`;
    if (folder.page === null) {
      problems.push({
        file: pageFile,
        field: '(file)',
        message: `the module has no page: create ${pageFile} with front matter title "${meta.data.title}" and the line ${usage}`,
      });
    } else {
      if (!folder.page.includes(usage))
        problems.push({ file: pageFile, field: '(body)', message: `the page must render its module with ${usage}` });
      const title = /^title:\s*(["']?)(.*)\1\s*$/m.exec(folder.page)?.[2];
      if (title !== meta.data.title) {
        problems.push({
          file: pageFile,
          field: 'title',
          message: `must be the module's title from ${moduleFile}: "${meta.data.title}" (found ${JSON.stringify(title ?? null)})`,
        });
      }
    }
    placed.push({ position, module: { id: folder.id, ...rest, quiz: quiz.data.questions } });
  }
  return { modules: placed.sort((a, b) => a.position - b.position).map((p) => p.module), problems };
}
