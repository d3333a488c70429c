import { useCallback, useEffect, useRef, useState } from 'react';
import type { useCodeWordWrap as useThemeCodeWordWrap } from '@docusaurus/theme-common/internal';

type WordWrap = ReturnType<typeof useThemeCodeWordWrap>;

/**
 * The classic theme's word-wrap state for a code block, less two costs at page load:
 * - the theme watches each block for a hidden tab panel becoming visible (this guide has no tabs),
 *   through a hook whose first call sorts with `localeCompare`, which sets up the browser's
 *   collation: about 110 ms of main thread at Lighthouse's 4x CPU slowdown on a runbook;
 * - the first "does this block scroll sideways?" check waits until the page has been laid out,
 *   instead of making the browser lay out the whole page in the middle of hydration.
 * The button, the toggle and the check on resize behave as the theme's.
 */
export function useCodeWordWrap(): WordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement>(null);
  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) {
      code.removeAttribute('style');
    } else {
      code.style.whiteSpace = 'pre-wrap';
      // Very long words and tokens wrap too, so no scrollbar is left in any case.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [isEnabled]);
  const updateCodeIsScrollable = useCallback(() => {
    const pre = codeBlockRef.current;
    if (!pre) return;
    setIsCodeScrollable(pre.scrollWidth > pre.clientWidth || pre.querySelector('code')?.hasAttribute('style') === true);
  }, []);
  useEffect(() => {
    const timer = window.setTimeout(updateCodeIsScrollable, 0);
    return () => window.clearTimeout(timer);
  }, [isEnabled, updateCodeIsScrollable]);
  useEffect(() => {
    window.addEventListener('resize', updateCodeIsScrollable, { passive: true });
    return () => window.removeEventListener('resize', updateCodeIsScrollable);
  }, [updateCodeIsScrollable]);
  return { codeBlockRef, isEnabled, isCodeScrollable, toggle };
}
