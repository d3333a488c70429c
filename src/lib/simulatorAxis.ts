import { withThousands } from './numberFormat';

/**
 * Axis helpers for the simulator's charts: an upper bound that fits the data (0.3% of errors must
 * not draw as a flat line on a 0-100% axis) and labels in the series' unit. Pure.
 */
export type Unit = 'share' | 'rpm' | 'ms' | 'ratio' | 'count';

/** The smallest "nice" number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at or above `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= value * (1 - 1e-9)) return step * power;
  return 10 * power;
}

/** Upper bound of an axis for these values: a nice number a little above the largest one. */
export function axisMax(values: readonly (number | null)[], unit: Unit): number {
  const top = Math.max(0, ...values.filter((v): v is number => v !== null));
  const max = niceCeiling(top * 1.1);
  return unit === 'share' || unit === 'ratio' ? Math.min(1, max) : max;
}

/** A value as the reader expects it: 0.35% not 0%, 1,200 rpm, 850 ms. */
export function formatValue(value: number, unit: Unit): string {
  if (unit === 'share' || unit === 'ratio') {
    const pct = value * 100;
    const digits = pct === 0 ? 0 : pct < 0.1 ? 3 : pct < 1 ? 2 : pct < 10 ? 1 : 0;
    return `${pct.toFixed(digits)}%`;
  }
  if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(0)} s` : `${Math.round(value)} ms`;
  return withThousands(Math.round(value));
}
