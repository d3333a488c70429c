import { useCallback, useEffect, useState } from 'react';
import { emptyProgress, loadProgress, PROGRESS_KEY, serializeProgress, type Progress } from '@site/src/lib/progressStore';

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return null; // Storage disabled (private mode, policy): progress simply is not kept.
  }
}

/**
 * The learner's progress from localStorage, read after hydration. Corrupt or old data is reset
 * with a notice. Updates are written back and picked up by other tabs.
 */
export function useProgress(): {
  progress: Progress;
  loaded: boolean;
  notice: string | null;
  update: (change: (p: Progress) => Progress) => void;
  replace: (p: Progress) => void;
} {
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const { progress: p, notice: n } = loadProgress(readStorage());
    setProgress(p);
    setLoaded(true);
    if (n) {
      setNotice(n);
      try {
        window.localStorage.setItem(PROGRESS_KEY, serializeProgress(p));
      } catch {
        // Nothing to do: the notice still tells the learner.
      }
    }
    const onStorage = (e: StorageEvent) => {
      if (e.key === PROGRESS_KEY) setProgress(loadProgress(e.newValue).progress);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const replace = useCallback((p: Progress) => {
    setProgress(p);
    try {
      window.localStorage.setItem(PROGRESS_KEY, serializeProgress(p));
    } catch {
      // Storage unavailable: keep the progress for this visit only.
    }
  }, []);

  const update = useCallback(
    (change: (p: Progress) => Progress) => {
      // Re-read first so that two tabs do not overwrite each other's progress.
      const current = loadProgress(readStorage()).progress;
      replace(change(current));
    },
    [replace],
  );

  return { progress, loaded, notice, update, replace };
}
