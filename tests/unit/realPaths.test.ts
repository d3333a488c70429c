/**
 * Issue 16: "replaying the responders' real path scores at least 80". Every scenario built from a
 * public postmortem encodes what its responders really did (`debrief.realPath`); this replays it
 * through the engine. Where the postmortem shows a step that made things worse, or tells no path
 * for the side the learner plays, `debrief.realPathNote` says so and the page prints it.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../plugins/scenarios/loadScenarios';
import { runScenario, scoreRun } from '../../src/lib/simulator';
import { REAL_PATH_MIN } from '../../src/lib/scenarioValidation';

const { scenarios } = loadScenarios(process.cwd());
const fromPostmortems = scenarios.filter((s) => s.source);

describe("the responders' real path of every scenario built from a postmortem", () => {
  it('covers the postmortem scenarios, Cloudflare 2019 included', () => {
    expect(fromPostmortems.map((s) => s.id).sort()).toEqual(
      expect.arrayContaining([
        'cloudflare-backbone-2020',
        'cloudflare-feature-file-2025',
        'cloudflare-waf-regex-2019',
        'fastly-config-bug-2021',
        'gitlab-cdn-regions-2022',
      ]),
    );
  });

  for (const scenario of fromPostmortems) {
    const { realPath, realPathNote } = scenario.debrief;
    if (!realPath) {
      it(`${scenario.id}: says why no real path can be replayed`, () => {
        // Only a postmortem written by the other side (the provider's, when the learner plays its customer) may lack one.
        expect(realPathNote).toMatch(/no real path|tells no/i);
        expect(scenario.perspective.side).toBe('customer');
      });
      continue;
    }
    it(`${scenario.id}: replays the real path to an ending, scoring ${REAL_PATH_MIN} or more unless the note says which step made it worse`, () => {
      const run = runScenario(scenario, realPath);
      expect(run.invalidFrom).toBeUndefined();
      expect(run.pending).toBeNull();
      expect(run.ending?.outcome).toBe('resolved');
      expect(run.decisions.map((d) => d.action.id)).toEqual(realPath);
      const { points } = scoreRun(scenario, run);
      if (realPathNote) {
        // A documented exception must be a real one: the path scores below the bar and takes a wrong step.
        expect(points).toBeLessThan(REAL_PATH_MIN);
        expect(run.decisions.some((d) => d.action.quality === 'wrong')).toBe(true);
      } else {
        expect(points).toBeGreaterThanOrEqual(REAL_PATH_MIN);
      }
    });
  }

  it('lands the real times: each real path ends where its postmortem puts the end of impact', () => {
    const endClock = (id: string) => {
      const s = scenarios.find((x) => x.id === id);
      if (!s?.debrief.realPath) throw new Error(id);
      const run = runScenario(s, s.debrief.realPath);
      return run.frames.find((f) => f.stateId !== run.frames[0]?.stateId && /recover|lagging/.test(f.stateId))?.clock;
    };
    // Cloudflare 2020: the Atlanta router off the backbone at 21:39. GitLab 2022: impact ends at 08:11.
    expect(endClock('cloudflare-backbone-2020')).toBe('21:39');
    expect(endClock('gitlab-cdn-regions-2022')).toBe('08:11');
  });
});
