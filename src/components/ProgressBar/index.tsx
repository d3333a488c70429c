import React, { useId } from 'react';

/** A labelled progress bar: the native element, so assistive tech reads its value. */
export default function ProgressBar({ label, value }: { label: string; value: number }): React.ReactElement {
  const id = useId();
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div style={{ margin: '0.25rem 0 0.75rem' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: '0.85rem', gap: '0.5rem' }}>
        <span id={id}>{label}</span>
        <span>{pct}%</span>
      </div>
      <progress aria-labelledby={id} max={100} value={pct} style={{ width: '100%', height: '0.75rem' }}>
        {pct}%
      </progress>
    </div>
  );
}
