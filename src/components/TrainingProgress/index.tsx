import React, { useId, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { trainingModules } from '@site/src/data/training';
import { emptyProgress, exportProgress, importProgress, moduleProgress, pathProgress } from '@site/src/lib/progressStore';
import { useProgress } from '@site/src/hooks/useProgress';
import ProgressBar from '@site/src/components/ProgressBar';
import { moduleProgressText, pathProgressText } from '@site/src/lib/progressText';

/**
 * The path's modules with their progress, and export, import and reset of the progress file.
 * Without JavaScript it is the plain list of modules.
 */
export default function TrainingProgress(): React.ReactElement {
  const { progress, loaded, notice, replace } = useProgress();
  const [message, setMessage] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const path = pathProgress(trainingModules, progress);

  const download = () => {
    const blob = new Blob([exportProgress(progress)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = '5xx-field-guide-progress.json';
    a.click();
    URL.revokeObjectURL(a.href);
    setMessage('Progress exported.');
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importProgress(await file.text());
    if (result.ok) {
      replace(result.progress);
      setMessage('Progress imported.');
    } else {
      setMessage(result.error);
    }
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <div data-testid="training-progress">
      {notice && (
        <p role="status" data-testid="progress-notice" style={{ borderLeft: '4px solid var(--fg-alert)', paddingLeft: '0.75rem' }}>
          {notice}
        </p>
      )}
      <div className="fg-needs-js">
        <ProgressBar
          label={`Training path: ${loaded ? path.done : 0} of ${path.total} modules done`}
          value={loaded ? path.fraction : 0}
          detail={pathProgressText({ done: loaded ? path.done : 0, total: path.total })}
        />
      </div>
      <ol>
        {trainingModules.map((m) => {
          const mp = moduleProgress(m, progress);
          return (
            <li key={m.id}>
              <Link to={`/docs/training/${m.id}`}>{m.title}</Link>: {m.summary}
              <div className="fg-needs-js">
                <ProgressBar
                  label={`${m.title}${loaded && mp.done ? ' (done)' : ''}`}
                  value={loaded ? mp.fraction : 0}
                  detail={loaded ? moduleProgressText(mp) : undefined}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <div className="fg-needs-js">
        <p>Your progress stays in this browser only. Move it to another browser with a file:</p>
        <p style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
          <button type="button" className="button button--secondary button--sm" onClick={download}>
            Export progress
          </button>
          <button type="button" className="button button--secondary button--sm" onClick={() => fileRef.current?.click()}>
            Import progress
          </button>
          <input
            id={`${id}-import`}
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label="Progress file to import"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              if (window.confirm('Reset all training progress in this browser?')) {
                replace(emptyProgress());
                setMessage('Progress reset.');
              }
            }}
          >
            Reset progress
          </button>
          <Link to="/docs/training/completion">See your completion summary</Link>
        </p>
        <p role="status" data-testid="progress-message">
          {message}
        </p>
      </div>
    </div>
  );
}
