/**
 * The build-time forms of the widgets, walked exhaustively over the built HTML: every leaf of
 * every decision tree is reachable in the tree's no-JavaScript outline by its answers, and every
 * scenario's written timeline names every other action at each decision with its feedback. The
 * browser tests click one path of each kind; these tests prove the rest without a browser.
 */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import type { Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import { trees } from '../../src/data/trees';
import { loadScenarios } from '../../plugins/scenarios/loadScenarios';

const scenarioList = loadScenarios(process.cwd()).scenarios;
import { pathsToLeaves } from '../../src/lib/decisionTree';
import { runScenario } from '../../src/lib/simulator';
import type { QuestionNode } from '../../src/lib/treeTypes';
import { readBuildJson, readPageHtml, sitemapPaths, type RunbooksJson } from '../support/buildOutput';

const { runbooks } = readBuildJson<RunbooksJson>('runbooks.json');
const pages = sitemapPaths().map((p) => ({ path: p, html: readPageHtml(p) }));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The page that renders the widget with this test id (found in the build, not hard-coded). */
function pageWith(testId: string): { path: string; $: cheerio.CheerioAPI } {
  const found = pages.find((p) => p.html.includes(`data-testid=${testId}>`) || p.html.includes(`data-testid="${testId}"`));
  if (!found) throw new Error(`No built page renders data-testid=${testId}`);
  return { path: found.path, $: cheerio.load(found.html) };
}

describe('every decision tree without JavaScript', () => {
  for (const [treeId, tree] of Object.entries(trees)) {
    const leaves = pathsToLeaves(tree);
    if (leaves.length === 0) continue;
    describe(`the ${treeId} tree`, () => {
      const { path: pagePath, $ } = pageWith(`decision-tree-${treeId}`);
      const outline = $(`[data-testid="decision-tree-${treeId}"] [data-testid="tree-outline"]`);

      it(`is an outline on ${pagePath}, asking the first question`, () => {
        expect(outline.length).toBe(1);
        const root = tree.nodes[tree.root] as QuestionNode;
        expect(squash(outline.find('span').first().text())).toBe(squash(root.question));
      });

      it.each(leaves.map((l) => [l.answers.join('.'), l] as const))('leads by the answers %s to its runbook', (_, leaf) => {
        let level: Cheerio<Element> = outline;
        let nodeId = tree.root;
        for (const key of leaf.answers) {
          const node = tree.nodes[nodeId] as QuestionNode;
          const option = node.options.find((o) => o.key === key);
          if (!option) throw new Error(`no option ${key} at ${nodeId}`);
          const item = level
            .children('ul')
            .children('li')
            .filter((_i, li) => squash($(li).children('em').first().text()).replace(/:$/, '') === squash(option.label));
          expect(item.length, `answer “${option.label}” under ${nodeId}`).toBe(1);
          level = item;
          nodeId = option.next;
        }
        const runbook = runbooks.find((r) => r.id === leaf.runbook);
        expect(runbook, `${leaf.runbook} in runbooks.json`).toBeDefined();
        const link = level.children('span').find(`a[href="/docs/failure-modes/${leaf.runbook.toLowerCase()}"]`);
        expect(link.length).toBe(1);
        expect(squash(link.text())).toBe(squash(runbook?.title ?? ''));
      });
    });
  }
});

describe('every scenario without JavaScript', () => {
  it.each(scenarioList.map((s) => [s.id, s] as const))(
    '%s reads as a timeline naming every other action and its feedback',
    (id, scenario) => {
      const page = cheerio.load(readPageHtml(`/docs/training/simulator/${id}`));
      const timeline = squash(page('[data-testid="scenario-timeline"]').text());
      expect(timeline.length).toBeGreaterThan(0);
      const run = runScenario(scenario, scenario.bestPath);
      let wrong = 0;
      for (const d of run.decisions) {
        expect(timeline).toContain(squash(`Best: ${d.action.label}.`));
        for (const other of scenario.states[d.stateId]?.decision?.actions.filter((a) => a.id !== d.action.id) ?? []) {
          expect(timeline).toContain(squash(`Instead, “${other.label}” (${other.quality}): ${other.feedback}`));
          if (other.quality === 'wrong') wrong++;
        }
      }
      expect(wrong, 'wrong actions written out').toBeGreaterThan(0);
      expect(timeline).toContain(squash(scenario.debrief.rootCause));
    },
  );
});

describe('the failure-mode table without JavaScript', () => {
  it('lists every runbook, each row linking its page', () => {
    const $ = cheerio.load(readPageHtml('/docs/failure-modes/'));
    const rows = $('main tbody tr');
    expect(rows.length).toBe(runbooks.length);
    for (const r of runbooks) {
      expect($(`main tbody tr a[href="/docs/failure-modes/${r.id.toLowerCase()}"]`).length, r.id).toBeGreaterThan(0);
    }
  });
});
