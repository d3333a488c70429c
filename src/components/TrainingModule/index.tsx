import React from 'react';
import Link from '@docusaurus/Link';
import { trainingModules } from '@site/src/data/training';
import { markModule, moduleProgress, recordAnswer } from '@site/src/lib/progressStore';
import { useProgress } from '@site/src/hooks/useProgress';
import ProgressBar from '@site/src/components/ProgressBar';
import { moduleProgressText } from '@site/src/lib/progressText';
import KnowledgeCheck from './KnowledgeCheck';
import styles from './styles.module.css';

/** One module of the training path: goals, reading, practice, knowledge check and progress. */
export default function TrainingModule({ id }: { id: string }): React.ReactElement {
  const module = trainingModules.find((m) => m.id === id);
  const { progress, loaded, notice, update } = useProgress();
  if (!module) return <p>Unknown training module “{id}”.</p>;
  const mp = moduleProgress(module, progress);
  const now = () => new Date().toISOString();
  return (
    <div data-testid={`training-module-${module.id}`}>
      {notice && (
        <p className={styles.notice} role="status" data-testid="progress-notice">
          {notice}
        </p>
      )}
      <div className="fg-needs-js">
        <ProgressBar label="This module" value={loaded ? mp.fraction : 0} detail={loaded ? moduleProgressText(mp) : undefined} />
      </div>
      <p>{module.summary}</p>
      <h2>Goals</h2>
      <ul>
        {module.goals.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
      <h2>Read</h2>
      <ul>
        {module.read.map((r) => (
          <li key={r.path}>
            <Link to={r.path}>{r.title}</Link>
          </li>
        ))}
      </ul>
      <h2>Practise</h2>
      <ul>
        {module.practice.map((p) =>
          p.kind === 'tree' ? (
            <li key={`tree-${p.tree}`}>
              <Link to={p.tree === 'start' ? '/docs/triage' : `/docs/codes/${p.tree}`}>{p.label}</Link>
            </li>
          ) : (
            <li key={`scenario-${p.scenario}`}>
              <Link to={`/docs/training/simulator/${p.scenario}`}>{p.label}</Link>
              {loaded && progress.scenarios[p.scenario] && (
                <span className={styles.score}> (best score {progress.scenarios[p.scenario]?.best} / 100)</span>
              )}
            </li>
          ),
        )}
      </ul>
      <h2>Knowledge check</h2>
      <ol className={styles.quiz}>
        {module.quiz.map((q, i) => (
          <KnowledgeCheck
            key={q.id}
            moduleId={module.id}
            question={q}
            index={i}
            saved={loaded ? progress.answers[`${module.id}/${q.id}`] : undefined}
            onAnswer={(questionId, optionKey, correct) => update((p) => recordAnswer(p, module.id, questionId, optionKey, correct, now()))}
          />
        ))}
      </ol>
      <div className="fg-needs-js">
        <p data-testid="module-score">
          {mp.answered} of {mp.questions} answered, {mp.correct} right.
        </p>
        <button
          type="button"
          className={`button ${mp.done ? 'button--secondary' : 'button--primary'}`}
          onClick={() => update((p) => markModule(p, module.id, !mp.done, now()))}
          aria-pressed={mp.done}
        >
          {mp.done ? 'Module done (click to undo)' : 'Mark this module done'}
        </button>
        <p>
          <Link to="/docs/training">Back to the training path</Link>
        </p>
      </div>
    </div>
  );
}
