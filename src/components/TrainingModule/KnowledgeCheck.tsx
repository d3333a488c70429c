import React, { useState } from 'react';
import type { QuizQuestion } from '@site/src/lib/trainingTypes';
import { answerFeedback, correctOption } from '@site/src/lib/training';
import type { AnswerRecord } from '@site/src/lib/progressStore';
import StaticIsland from '@site/src/components/StaticIsland';
import styles from './styles.module.css';

interface Props {
  moduleId: string;
  question: QuizQuestion;
  index: number;
  saved: AnswerRecord | undefined;
  onAnswer: (questionId: string, optionKey: string, correct: boolean) => void;
}

/** One question: interactive with JavaScript; without it, the answers sit in a disclosure. */
export default function KnowledgeCheck({ moduleId, question, index, saved, onAnswer }: Props): React.ReactElement {
  const [choice, setChoice] = useState<string | null>(null);
  const shown = saved?.answer ?? null;
  const name = `${moduleId}-${question.id}`;
  const feedback = answerFeedback(question, shown);
  const best = correctOption(question);
  return (
    <li className={styles.question} data-testid={`question-${question.id}`}>
      <p className={styles.prompt}>
        <span className={styles.kind}>
          {question.kind === 'next-step' ? 'What would you do next?' : 'Question'} {index + 1}
        </span>{' '}
        {question.prompt}
      </p>
      {question.context && (
        <pre className={styles.context}>
          <code>{question.context}</code>
        </pre>
      )}
      <div className="fg-needs-js">
        <fieldset className={styles.options}>
          <legend className="sr-only">Answers to question {index + 1}</legend>
          {question.options.map((o) => (
            <label key={o.key} className={styles.option}>
              <input type="radio" name={name} value={o.key} checked={(choice ?? shown) === o.key} onChange={() => setChoice(o.key)} />
              <span>{o.text}</span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="button button--primary button--sm"
          disabled={choice === null}
          onClick={() => {
            const option = question.options.find((o) => o.key === choice);
            if (option) onAnswer(question.id, option.key, option.key === best.key);
            setChoice(null);
          }}
        >
          Check answer
        </button>
        <div role="status" aria-live="polite">
          {feedback && (
            <div className={feedback.verdict === 'right' ? styles.right : styles.wrong} data-testid="answer-feedback">
              <p>
                <strong>{feedback.verdict === 'right' ? 'Right.' : 'Not quite.'}</strong> {feedback.picked.explanation}
              </p>
              {feedback.best && (
                <p>
                  <strong>The best answer:</strong> {feedback.best.text}. {feedback.best.explanation}
                </p>
              )}
            </div>
          )}
        </div>
      </div>
      <StaticIsland className="fg-nojs-only">
        <ol type="a">
          {question.options.map((o) => (
            <li key={o.key}>{o.text}</li>
          ))}
        </ol>
        <details>
          <summary>Show the answer and why</summary>
          <ul>
            {question.options.map((o) => (
              <li key={o.key}>
                <strong>{o.key === best.key ? 'Right' : 'Wrong'}:</strong> {o.text}. {o.explanation}
              </li>
            ))}
          </ul>
        </details>
      </StaticIsland>
    </li>
  );
}
