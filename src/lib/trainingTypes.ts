/**
 * Types of the onboarding path (src/data/training/). A module is read, practised and checked; all
 * of it renders at build time, and the knowledge checks become interactive with JavaScript.
 */

export interface QuizOption {
  /** Stable key within the question, kebab-case (stored in progress records). */
  key: string;
  text: string;
  correct: boolean;
  /** Why this answer is right or wrong: shown after answering, and in the no-JS disclosure. */
  explanation: string;
}

export interface QuizQuestion {
  /** Stable id within the module, kebab-case. */
  id: string;
  /** 'multiple-choice' asks for a fact; 'next-step' describes a situation and asks what to do. */
  kind: 'multiple-choice' | 'next-step';
  prompt: string;
  /** Optional evidence shown with the question: a log line, an alert, a header. Plain text. */
  context?: string;
  /** 3 or 4 options; exactly one is correct. */
  options: readonly QuizOption[];
}

export type PracticeItem =
  { kind: 'tree'; tree: 'start' | '500' | '502' | '503' | '504'; label: string } | { kind: 'scenario'; scenario: string; label: string };

export interface TrainingModule {
  /** Stable id, kebab-case; also the page slug under /docs/training/. */
  id: string;
  title: string;
  summary: string;
  /** What the learner can do after the module. */
  goals: readonly string[];
  /** Pages to read: site paths such as /docs/codes/502 (checked at build time). */
  read: readonly { title: string; path: string }[];
  practice: readonly PracticeItem[];
  quiz: readonly QuizQuestion[];
}
