import React, { forwardRef } from 'react';
import Link from '@docusaurus/Link';
import { owners } from '@site/src/data/owners';
import { runbookPath } from '@site/src/lib/catalog';
import { actionLabel, debriefRun, type RunResult, type RunScore } from '@site/src/lib/simulator';
import type { Scenario } from '@site/src/lib/scenarioSchema';
import styles from './styles.module.css';

interface Props {
  scenario: Scenario;
  /** The learner's finished run; without it, only the scenario's own debrief is shown. */
  run?: RunResult;
  score?: RunScore;
  headingLevel?: 3 | 4;
}

const ownerName = (key: string) => (owners as Record<string, { name: string } | undefined>)[key]?.name ?? key;
const outcomeTitle = { resolved: 'Resolved', unresolved: 'Not resolved', stopped: 'Run stopped' } as const;

function treeLink(t: string) {
  return t === 'start' ? '/docs/triage' : `/docs/codes/${t}`;
}

/**
 * The debrief: about this run when there is one (where it left the best path, what that cost,
 * the evidence missed), then what really happened and what to read. Marked `fg-spoiler` so the
 * search index leaves it out (docusaurus.config.ts, ignoreCssSelectors).
 */
const Debrief = forwardRef<HTMLHeadingElement, Props>(function Debrief({ scenario, run, score, headingLevel = 3 }, ref) {
  const H = `h${headingLevel}` as 'h3';
  const Sub = `h${headingLevel + 1}` as 'h4';
  const d = run && score ? debriefRun(scenario, run, score) : null;
  return (
    <div className={`fg-spoiler ${styles.debrief}`} data-testid={run ? 'sim-debrief' : 'scenario-debrief'}>
      {run?.ending && score && d ? (
        <>
          <H ref={ref} tabIndex={-1}>
            {outcomeTitle[run.ending.outcome]} at {run.frames.at(-1)?.clock} UTC
          </H>
          <p>{run.ending.text}</p>
          <dl className={styles.score}>
            <dt>Score</dt>
            <dd data-testid="sim-points">{score.points} / 100</dd>
            <dt>Time to resolve</dt>
            <dd>
              {score.minutesToResolve === null
                ? 'not resolved'
                : `${score.minutesToResolve} minutes (best path ${d.bestMinutes}${d.extraMinutes ? `; ${d.extraMinutes > 0 ? '+' : ''}${d.extraMinutes}` : ''})`}
            </dd>
            <dt>Error-minutes users suffered</dt>
            <dd>
              {score.errorMinutes} (best path {d.bestErrorMinutes}
              {d.extraErrorMinutes > 0 ? `; +${d.extraErrorMinutes}` : ''})
            </dd>
            <dt>Choices</dt>
            <dd>
              {run.decisions.length - score.okActions - score.wrongActions} best, {score.okActions} ok, {score.wrongActions} wrong
            </dd>
            <dt>Owners engaged</dt>
            <dd>
              {score.owners.length === 0
                ? 'none needed'
                : score.owners
                    .map((o) => `${ownerName(o.owner)}: ${o.minute === null ? 'not engaged' : o.inTime ? 'in time' : 'late'}`)
                    .join('; ')}
              {score.wrongEscalations > 0 && `; ${score.wrongEscalations} page(s) to a team the incident did not need`}
            </dd>
            <dt>Evidence before changing production</dt>
            <dd>
              {score.evidenceBeforeAction.length} of {score.evidenceTotal}
            </dd>
          </dl>
          <Sub>Where this run left the best path</Sub>
          {d.leftBestAt ? (
            <p data-testid="sim-left-best">
              At {d.leftBestAt.clock} (“{d.leftBestAt.prompt}”) you chose “{d.leftBestAt.chosen.label}”
              {d.leftBestAt.best ? `; the best choice was “${d.leftBestAt.best.label}”` : ''}.
            </p>
          ) : (
            <p data-testid="sim-left-best">It did not: every choice was the best one.</p>
          )}
          {d.detours.length > 0 && (
            <ul className={styles.detours}>
              {d.detours.map((x) => (
                <li key={`${x.minute}-${x.action.id}`}>
                  {x.clock} “{x.action.label}” ({x.action.quality}): {x.action.feedback}
                </li>
              ))}
            </ul>
          )}
          {d.evidenceMissed.length > 0 && (
            <>
              <Sub>Evidence missed before changing production</Sub>
              <ul>
                {d.evidenceMissed.map((e) => (
                  <li key={e.id}>{e.label}</li>
                ))}
              </ul>
            </>
          )}
          <Sub>Your path and the best path</Sub>
          <div className={styles.paths}>
            <ol aria-label="Your path">
              {run.decisions.map((x) => (
                <li key={`${x.minute}-${x.action.id}`}>
                  {x.clock} {x.action.label} <em>({x.action.quality})</em>
                </li>
              ))}
            </ol>
            <ol aria-label="Best path">
              {scenario.bestPath.map((a) => (
                <li key={a}>{actionLabel(scenario, a)}</li>
              ))}
            </ol>
          </div>
        </>
      ) : (
        <H>Debrief</H>
      )}
      <Sub>What really happened</Sub>
      <p>{scenario.debrief.rootCause}</p>
      <Sub>Lessons</Sub>
      <ul>
        {scenario.debrief.lessons.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p>
        Read:{' '}
        {(d?.runbooks ?? scenario.debrief.runbooks).map((r, i) => (
          <React.Fragment key={r}>
            {i > 0 && ', '}
            <Link to={runbookPath(r)}>{r}</Link>
          </React.Fragment>
        ))}
        . Practise the trees:{' '}
        {scenario.debrief.trees.map((t, i) => (
          <React.Fragment key={t}>
            {i > 0 && ', '}
            <Link to={treeLink(t)}>{t === 'start' ? 'triage' : t}</Link>
          </React.Fragment>
        ))}
        .
      </p>
      {scenario.source && (
        <p>
          Source: <a href={scenario.source.url}>{scenario.source.title}</a> ({scenario.source.publisher}).
          {scenario.moreSources.map((s) => (
            <React.Fragment key={s.url}>
              {' '}
              Also: <a href={s.url}>{s.title}</a> ({s.publisher}).
            </React.Fragment>
          ))}
        </p>
      )}
    </div>
  );
});

export default Debrief;
