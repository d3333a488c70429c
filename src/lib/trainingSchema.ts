/**
 * The training module's content model, written once with zod; the TypeScript types are derived
 * from it. A module is a folder src/data/training/<id>/ with module.yaml (title, position, summary,
 * goals, reading, practice) and quiz.yaml (the knowledge check). Pure: the Node loader reads the
 * files, src/lib/content/validateContent.ts turns problems into {file, field, message}.
 */
import { z } from 'zod';

export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const treeIds = ['start', '500', '502', '503', '504'] as const;

const text = (what: string) =>
  z
    .string({ required_error: `${what} is required`, invalid_type_error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`);

const key = (what: string) => text(what).regex(kebabCase, `${what} must be kebab-case, such as "which-hop-answered"`);

export const quizOptionSchema = z.object({
  /** Stable key within the question (stored in progress records). */
  key: key('key'),
  text: text('text'),
  correct: z.boolean({ required_error: 'correct is required (true or false)', invalid_type_error: 'correct must be true or false' }),
  /** Why this answer is right or wrong: shown after answering, and in the no-JS disclosure. */
  explanation: text('explanation'),
});

export const quizQuestionSchema = z
  .object({
    /** Stable id within the module. */
    id: key('id'),
    /** 'multiple-choice' asks for a fact; 'next-step' describes a situation and asks what to do. */
    kind: z.enum(['multiple-choice', 'next-step'], { errorMap: () => ({ message: 'kind must be multiple-choice or next-step' }) }),
    prompt: text('prompt'),
    /** Optional evidence shown with the question: a log line, an alert, a header. Plain text. */
    context: text('context').optional(),
    options: z.array(quizOptionSchema).min(3, 'give 3 or 4 options').max(4, 'give 3 or 4 options'),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct);
    if (correct.length !== 1) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['options'],
        message:
          correct.length === 0
            ? 'no option is marked correct: set `correct: true` on the best answer (exactly one)'
            : `${correct.length} options are marked correct (${correct.map((o) => o.key).join(', ')}): exactly one may be; set the others to false`,
      });
    }
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.key))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['options', i, 'key'],
          message: `key "${o.key}" is used twice in this question`,
        });
      seen.add(o.key);
    });
  });

export const practiceItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('tree'),
      tree: z.enum(treeIds, { errorMap: () => ({ message: `tree must be one of ${treeIds.join(', ')}` }) }),
      label: text('label'),
    }),
    z.object({ kind: z.literal('scenario'), scenario: key('scenario'), label: text('label') }),
  ],
  { errorMap: () => ({ message: 'kind must be tree or scenario' }) },
);

/** module.yaml */
export const moduleFileSchema = z.object({
  title: text('title'),
  /** Place on the training path, 1 first; also the sidebar order. */
  position: z.number({ required_error: 'position is required (1 for the first module)' }).int().positive(),
  summary: text('summary'),
  /** What the learner can do after the module. */
  goals: z.array(text('goal')).min(1, 'list at least one goal'),
  /** Pages to read: site paths such as /docs/codes/502 (the build checks the links). */
  read: z
    .array(z.object({ title: text('title'), path: text('path').regex(/^\/docs\//, 'path must be a site path starting with /docs/') }))
    .min(1, 'list at least one page to read'),
  practice: z.array(practiceItemSchema),
});

/** quiz.yaml */
export const quizFileSchema = z
  .object({ questions: z.array(quizQuestionSchema).min(1, 'ask at least one question') })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions', i, 'id'], message: `question id "${q.id}" is used twice` });
      seen.add(q.id);
    });
  });

export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type PracticeItem = z.infer<typeof practiceItemSchema>;
export type TrainingModuleFile = z.infer<typeof moduleFileSchema>;

/** A module as the widgets use it: the folder name as id, both files merged. */
export type TrainingModule = Omit<TrainingModuleFile, 'position'> & { id: string; quiz: QuizQuestion[] };
