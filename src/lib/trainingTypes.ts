/**
 * Types of the onboarding path, derived from the zod schema in ./trainingSchema (one source).
 * A module is read, practised and checked; all of it renders at build time, and the knowledge
 * checks become interactive with JavaScript.
 */
export type { PracticeItem, QuizOption, QuizQuestion, TrainingModule } from './trainingSchema';
