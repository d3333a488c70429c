import { createContext, useContext } from 'react';
import type { ValueSource } from '@site/src/lib/commandFill';

/** What the Prism tokens of one filled code block should mark. */
export interface FillMarks {
  /** Inserted text (`'shop'`) -> the variable and where its value came from. */
  values: ReadonlyMap<string, { name: string; source: ValueSource }>;
  /** Variables left as written (`$POD`, `${POD}`). */
  unfilled: ReadonlySet<string>;
}

export const FillMarksContext = createContext<FillMarks | null>(null);
export const useFillMarks = (): FillMarks | null => useContext(FillMarksContext);

export const sourceNames: Record<ValueSource, string> = { link: 'the alert link', panel: 'your saved environment' };
