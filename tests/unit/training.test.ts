import { describe, expect, it } from 'vitest';
import { answerFeedback, correctOption } from '../../src/lib/training';
import { parseTraining, type TrainingFolder } from '../../src/lib/content/training';
import type { QuizQuestion } from '../../src/lib/trainingTypes';
import { readTrainingFolders } from '../../plugins/runbook-catalog/content';
import { loadScenarios } from '../../plugins/scenarios/loadScenarios';

const scenarioList = loadScenarios(process.cwd()).scenarios;

const question: QuizQuestion = {
  id: 'gateway-codes',
  kind: 'multiple-choice',
  prompt: 'Which two codes are gateway codes?',
  options: [
    { key: 'a', text: '500 and 503', correct: false, explanation: 'Any server sends these.' },
    { key: 'b', text: '502 and 504', correct: true, explanation: 'Both report on the server behind the gateway.' },
    { key: 'c', text: '503 and 504', correct: false, explanation: 'Only half right.' },
  ],
};

const moduleYaml = {
  title: 'A module',
  position: 1,
  summary: 'What it teaches.',
  goals: ['One goal'],
  read: [{ title: '502', path: '/docs/codes/502' }],
  practice: [{ kind: 'scenario', scenario: 'retry-storm', label: 'Play it' }],
};
const folder = (quiz: unknown, page: string | null = '---\ntitle: A module\n---\n<TrainingModule id="a-module" />'): TrainingFolder => ({
  id: 'a-module',
  module: { ok: true, data: moduleYaml },
  quiz: { ok: true, data: quiz },
  page,
});
const known = { scenarioIds: new Set(['retry-storm']) };

describe('knowledge check feedback', () => {
  it('after a right answer says so, once, with its explanation', () => {
    expect(answerFeedback(question, 'b')).toEqual({ verdict: 'right', picked: question.options[1] });
  });

  it('after a wrong answer names the one correct option and never calls the wrong one right', () => {
    const feedback = answerFeedback(question, 'c');
    expect(feedback?.verdict).toBe('wrong');
    expect(feedback?.best?.key).toBe('b');
  });

  it('ignores a stored key that names no option (an old progress record)', () => {
    expect(answerFeedback(question, 'gone')).toBeNull();
    expect(answerFeedback(question, null)).toBeNull();
  });

  it('refuses a question with two correct options instead of taking the first', () => {
    const two = { ...question, options: question.options.map((o) => ({ ...o, correct: o.key !== 'a' })) };
    expect(() => correctOption(two)).toThrow(/2 correct options/);
  });
});

describe('training modules as content', () => {
  it('accepts a well-formed module folder', () => {
    const { modules, problems } = parseTraining([folder({ questions: [question] })], known);
    expect(problems).toEqual([]);
    expect(modules[0]).toMatchObject({ id: 'a-module', title: 'A module', quiz: [{ id: 'gateway-codes' }] });
    expect(modules[0]).not.toHaveProperty('position');
  });

  it('names the file and the field when two options are marked correct', () => {
    const two = { ...question, options: question.options.map((o) => ({ ...o, correct: o.key !== 'a' })) };
    const { problems } = parseTraining([folder({ questions: [two] })], known);
    expect(problems).toEqual([
      {
        file: 'src/data/training/a-module/quiz.yaml',
        field: 'questions[0].options',
        message: expect.stringMatching(/2 options are marked correct \(b, c\): exactly one/),
      },
    ]);
  });

  it('names the file and the field when no option is correct', () => {
    const none = { ...question, options: question.options.map((o) => ({ ...o, correct: false })) };
    const { problems } = parseTraining([folder({ questions: [none] })], known);
    expect(problems[0]).toMatchObject({ field: 'questions[0].options', message: expect.stringMatching(/no option is marked correct/) });
  });

  it('reports an unknown scenario, a missing page and unreadable YAML with file and field', () => {
    const unknown = parseTraining([folder({ questions: [question] }, null)], { scenarioIds: new Set() }).problems;
    expect(unknown).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'src/data/training/a-module/module.yaml', field: 'practice[0].scenario' }),
        expect.objectContaining({ file: 'docs/training/a-module.mdx', field: '(file)' }),
      ]),
    );
    const broken = parseTraining([{ ...folder({}), quiz: { ok: false, error: 'is not valid YAML: bad indentation' } }], known).problems;
    expect(broken).toEqual([
      { file: 'src/data/training/a-module/quiz.yaml', field: '(file)', message: 'is not valid YAML: bad indentation' },
    ]);
  });

  it('keeps the page title and the module title the same', () => {
    const { problems } = parseTraining(
      [folder({ questions: [question] }, '---\ntitle: Another name\n---\n<TrainingModule id="a-module" />')],
      known,
    );
    expect(problems).toEqual([{ file: 'docs/training/a-module.mdx', field: 'title', message: expect.stringContaining('"A module"') }]);
  });

  it('orders modules by position and refuses two modules in one place', () => {
    const at = (id: string, position: number): TrainingFolder => ({
      ...folder({ questions: [question] }, `---\ntitle: "A module"\n---\n<TrainingModule id="${id}" />`),
      id,
      module: { ok: true, data: { ...moduleYaml, position } },
    });
    const ordered = parseTraining([at('b-module', 2), at('c-module', 1)], known);
    expect(ordered.problems).toEqual([]);
    expect(ordered.modules.map((m) => m.id)).toEqual(['c-module', 'b-module']);
    const clash = parseTraining([at('b-module', 1), at('c-module', 1)], known).problems;
    expect(clash).toEqual([expect.objectContaining({ file: 'src/data/training/c-module/module.yaml', field: 'position' })]);
  });
});

describe('the guide’s own training modules', async () => {
  const { modules, problems } = parseTraining(await readTrainingFolders(process.cwd()), {
    scenarioIds: new Set(scenarioList.map((s) => s.id)),
  });

  it('are all valid, in path order', () => {
    expect(problems).toEqual([]);
    expect(modules.map((m) => m.id)).toEqual([
      'where-errors-are-born',
      'the-four-codes',
      'reading-lb-and-proxy-logs',
      'triage-practice',
      'incidents-in-the-simulator',
      'responsibility-and-escalation',
    ]);
  });

  it('never contradict themselves after a wrong answer', () => {
    for (const m of modules)
      for (const q of m.quiz)
        for (const o of q.options.filter((x) => !x.correct)) {
          const feedback = answerFeedback(q, o.key);
          expect(feedback?.best?.explanation, `${m.id}/${q.id}`).not.toMatch(/^(Right|Correct)\b/);
        }
  });
});
