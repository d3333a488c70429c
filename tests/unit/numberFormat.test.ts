import { describe, expect, it } from 'vitest';
import { withThousands } from '../../src/lib/numberFormat';
import { formatValue } from '../../src/lib/simulatorAxis';

describe('withThousands', () => {
  it('groups digits by three with commas, as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 1200, 12_345, 999_999, 1_000_000, 20_000_000, 123_456_789]) {
      expect(withThousands(n)).toBe(n.toLocaleString('en-US'));
    }
  });

  it('keeps the sign of a negative number in front', () => {
    expect(withThousands(-1200)).toBe('-1,200');
    expect(withThousands(-999)).toBe('-999');
  });

  it('formats the simulator counts and rates the same way', () => {
    expect(formatValue(1234.4, 'rpm')).toBe('1,234');
    expect(formatValue(2_500_000, 'count')).toBe('2,500,000');
  });
});
