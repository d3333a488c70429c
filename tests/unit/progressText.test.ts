import { describe, expect, it } from 'vitest';
import { moduleProgressText, pathProgressText } from '../../src/lib/progressText';

const mp = { answered: 2, correct: 1, questions: 3, scenariosPlayed: 0, scenarios: 1, done: false, fraction: 0.4 };

describe('progress text', () => {
  it('says what a module figure counts', () => {
    expect(moduleProgressText(mp)).toBe('2 of 3 questions answered, 0 of 1 scenario played, not marked done');
    expect(moduleProgressText({ ...mp, scenarios: 0, questions: 1, answered: 1, done: true })).toBe(
      '1 of 1 question answered, marked done',
    );
  });
  it('says what the path figure counts', () => {
    expect(pathProgressText({ done: 1, total: 6 })).toMatch(/^1 of 6 modules marked done; the percentage is the share of all steps/);
  });
});
