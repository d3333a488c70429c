/**
 * Scenario: a canary release and a feature flag meet legacy data (after the incident write-up in
 * the guide's seed material: release and flag at 09:12, TypeError at 09:14, restarts that only
 * quiet it, targeted rollback at 09:23).
 *
 * How to edit: states are keyed by stable ids; each has exactly one of `decision`, `then` or
 * `ending`. Action ids appear in shared URLs: never rename one, add a new one instead. The build
 * checks that every action leads to a state, every state can reach an ending, and runbook ids exist.
 */
import type { Scenario } from '../../lib/scenarioTypes';

const failing = { rpm: 6000, errors: { 500: 0.08 }, p99Ms: 420, saturation: 0.35 } as const;

const fixActions = [
  {
    id: 'disable-flag',
    label: 'Turn off profile_locale_v2 for the legacy-import cohort',
    costMinutes: 1,
    next: 'recovering',
    quality: 'best',
    mitigates: true,
    escalatesTo: 'app-team',
    runbook: 'FM-500-LEGACY-DATA-SHAPE',
    feedback:
      'The flag is the narrowest switch that removes the failing code path. The fingerprint stops within a minute and nothing else changes for the other tenants.',
  },
  {
    id: 'rollback-release',
    label: 'Roll back release 2026.04.15-2 everywhere',
    costMinutes: 4,
    next: 'recovering',
    quality: 'ok',
    mitigates: true,
    runbook: 'FM-500-DEPLOY-REGRESSION',
    feedback:
      'A full rollback also removes the path, but it takes longer and undoes the release for every tenant, not only the one that fails.',
  },
  {
    id: 'restart-again',
    label: 'Restart the API pods again',
    costMinutes: 1,
    next: 'quiet-after-restart',
    quality: 'wrong',
    mitigates: true,
    runbook: 'FM-500-LEGACY-DATA-SHAPE',
    feedback: 'Restarting changes process state, not the code path. The same cohort will hit the same line again in a few minutes.',
  },
  {
    id: 'return-200',
    label: 'Catch the exception and answer 200 with an empty profile',
    costMinutes: 6,
    next: 'masked',
    quality: 'wrong',
    mitigates: true,
    runbook: 'FM-500-LEGACY-DATA-SHAPE',
    feedback:
      'Hiding the error calms the dashboard and turns an outage into silent data loss: saves of the profile now drop the locale without telling anyone.',
  },
] as const;

export const canaryFlagLegacyData: Scenario = {
  id: 'canary-flag-legacy-data',
  title: 'A canary flag meets legacy data',
  summary:
    'A release and a feature flag start serving one tenant cohort; its older records lack a field the new code reads. 500s on one route.',
  difficulty: 'intro',
  codes: [500],
  expectedMinutes: 8,
  startClock: '09:12',
  seed: 20260415,
  saturationLabel: 'API workers busy',
  initial: 'canary-failing',
  evidence: [
    { id: 'fingerprint', label: 'The exception fingerprint of a failing request' },
    { id: 'cohort', label: 'Which tenant, release and flag the failures share, and since when' },
  ],
  rightOwners: ['app-team'],
  bestPath: ['read-stack-trace', 'compare-cohorts', 'disable-flag'],
  states: {
    'canary-failing': {
      label: 'Canary failing',
      metrics: failing,
      events: [
        { at: 0, kind: 'deploy', text: 'Release 2026.04.15-2 starts serving; flag profile_locale_v2 enabled for cohort legacy-import' },
        {
          at: 2,
          kind: 'log',
          text: "level=error requestId=req_18f8ab route=POST /v1/profile TypeError: Cannot read properties of null (reading 'locale') at mapProfileResponse (/app/dist/profile.js:281:19)",
        },
        { at: 3, kind: 'alert', text: 'High5xxRatio api: 8% of POST /v1/profile answered 500 for 2 minutes' },
      ],
      decision: {
        after: 4,
        prompt: 'The 500 alert fires for POST /v1/profile. Other routes look normal. What do you do first?',
        actions: [
          {
            id: 'read-stack-trace',
            label: 'Take one failing request id and read its stack trace',
            costMinutes: 1,
            next: 'fingerprint-known',
            quality: 'best',
            gathers: 'fingerprint',
            runbook: 'FM-500-LEGACY-DATA-SHAPE',
            feedback:
              'Every failure carries the same TypeError from the same line: a deterministic code-path defect, not infrastructure noise.',
          },
          {
            id: 'restart-fleet',
            label: 'Restart all API pods',
            costMinutes: 1,
            next: 'quiet-after-restart',
            quality: 'wrong',
            mitigates: true,
            runbook: 'FM-500-LEGACY-DATA-SHAPE',
            feedback: 'The 500 rate dips while pods restart, which looks like success. Nothing about the failing path changed.',
          },
          {
            id: 'page-database',
            label: 'Page the database team: it must be the database',
            costMinutes: 3,
            next: 'canary-failing',
            quality: 'wrong',
            escalatesTo: 'upstream-owner',
            runbook: 'FM-500-DB-POOL-EXHAUSTION',
            feedback:
              'The database team finds healthy pools and normal latency. Pool exhaustion would fail many routes with timeouts, not one route with a TypeError.',
          },
        ],
      },
    },
    'fingerprint-known': {
      label: 'Fingerprint known',
      metrics: failing,
      events: [{ at: 0, kind: 'note', text: "All failures: TypeError reading 'locale' in mapProfileResponse, POST /v1/profile" }],
      decision: {
        after: 1,
        prompt: 'The fingerprint is the same on every failure. What next?',
        actions: [
          {
            id: 'compare-cohorts',
            label: 'Compare failing and passing requests: tenant, release, flag',
            costMinutes: 2,
            next: 'cohort-known',
            quality: 'best',
            gathers: 'cohort',
            runbook: 'FM-500-LEGACY-DATA-SHAPE',
            feedback:
              'Only the legacy-import tenant fails, only on the new release with profile_locale_v2 on, and it started at 09:14, two minutes after the flag.',
          },
          ...fixActions,
        ],
      },
    },
    'cohort-known': {
      label: 'Cohort known',
      metrics: failing,
      events: [
        { at: 0, kind: 'note', text: 'Failing: tenant legacy-import, release 2026.04.15-2, flag profile_locale_v2. First seen 09:14.' },
      ],
      decision: { after: 1, prompt: 'You know the path, the cohort and the change. How do you stop it?', actions: fixActions },
    },
    'quiet-after-restart': {
      label: 'Quiet after restart',
      metrics: { rpm: 5600, errors: { 500: 0.01 }, p99Ms: 600, saturation: 0.5 },
      events: [{ at: 0, kind: 'note', text: 'Pods restart one by one; the 500 rate drops while caches are cold' }],
      then: { after: 3, next: 'fingerprint-returns' },
    },
    'fingerprint-returns': {
      label: 'Same fingerprint returns',
      metrics: failing,
      events: [
        {
          at: 0,
          kind: 'log',
          text: "level=error route=POST /v1/profile TypeError: Cannot read properties of null (reading 'locale') at mapProfileResponse",
        },
        { at: 1, kind: 'alert', text: 'High5xxRatio api: firing again' },
      ],
      decision: {
        after: 2,
        prompt: 'The same TypeError is back at the same rate. What now?',
        actions: [
          {
            id: 'read-stack-trace-late',
            label: 'Read the stack trace of a failing request',
            costMinutes: 1,
            next: 'fingerprint-known',
            quality: 'ok',
            gathers: 'fingerprint',
            runbook: 'FM-500-LEGACY-DATA-SHAPE',
            feedback: 'Better late than never: the fingerprint says this is one deterministic path, which restarts cannot fix.',
          },
          ...fixActions,
        ],
      },
    },
    masked: {
      label: 'Error masked',
      metrics: { rpm: 6000, errors: {}, p99Ms: 380, saturation: 0.3 },
      events: [
        { at: 0, kind: 'deploy', text: 'Hotfix: mapProfileResponse returns an empty profile on error' },
        { at: 4, kind: 'page', text: 'Support: legacy-import customers report that saved profiles lose their language' },
      ],
      then: { after: 5, next: 'masked-end' },
    },
    'masked-end': {
      label: 'Silent data loss',
      metrics: { rpm: 6000, errors: {}, p99Ms: 380, saturation: 0.3 },
      events: [],
      ending: {
        outcome: 'unresolved',
        text: 'The dashboard is green but the defect is still there, now invisible: profiles of legacy records are saved without a locale.',
      },
    },
    recovering: {
      label: 'Recovering',
      metrics: { rpm: 6000, errors: { 500: 0.003 }, p99Ms: 360, saturation: 0.3 },
      events: [{ at: 1, kind: 'note', text: 'Fingerprint rate: 0 per minute. No 502, 503 or 504 grew instead.' }],
      then: { after: 3, next: 'resolved' },
    },
    resolved: {
      label: 'Resolved',
      metrics: { rpm: 6000, errors: {}, p99Ms: 350, saturation: 0.3 },
      events: [],
      ending: {
        outcome: 'resolved',
        text: 'The failing path is off, the exception rate is zero and the other tenants were never touched. The app team fixes the null case and backfills the data.',
      },
    },
  },
  debrief: {
    rootCause:
      'Release 2026.04.15-2 read profile.locale, which records imported before the field existed do not have. The flag profile_locale_v2 turned the path on for the legacy-import tenant, so only that cohort failed, deterministically.',
    runbooks: ['FM-500-LEGACY-DATA-SHAPE', 'FM-500-DEPLOY-REGRESSION'],
    trees: ['500'],
    lessons: [
      'One route, one fingerprint, one cohort: a code or data path, not infrastructure.',
      'A restart that quiets the errors for a few minutes proves nothing; watch the fingerprint.',
      'The narrowest switch (the flag) beats the widest (a fleet restart or a full rollback).',
    ],
  },
};
