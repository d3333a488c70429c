/** The knowledge check's logic: which option is right, and what to say after an answer. Pure. */
import type { QuizOption, QuizQuestion } from './trainingSchema';

/**
 * The one correct option. The schema guarantees exactly one; this throws instead of guessing
 * when data reaches a view unchecked, so a second "correct" option is never silently ignored.
 */
export function correctOption(question: QuizQuestion): QuizOption {
  const correct = question.options.filter((o) => o.correct);
  const [only] = correct;
  if (correct.length !== 1 || !only) {
    throw new Error(`Question "${question.id}" has ${correct.length} correct options; exactly one must be correct.`);
  }
  return only;
}

export interface AnswerFeedback {
  verdict: 'right' | 'wrong';
  /** Why the picked answer is right or wrong. */
  picked: QuizOption;
  /** After a wrong answer: the correct option, whose explanation says why it is right. */
  best?: QuizOption;
}

/** Feedback for a stored answer, or null when the key names no option (an old progress record). */
export function answerFeedback(question: QuizQuestion, pickedKey: string | null | undefined): AnswerFeedback | null {
  const picked = question.options.find((o) => o.key === pickedKey);
  if (!picked) return null;
  const best = correctOption(question);
  return picked.key === best.key ? { verdict: 'right', picked } : { verdict: 'wrong', picked, best };
}
