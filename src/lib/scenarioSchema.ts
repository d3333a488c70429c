/**
 * The schema of a simulator scenario, written once with zod; the TypeScript types are derived from
 * it (`z.infer`). A scenario lives in the front matter (key `scenario`) of its page,
 * docs/training/simulator/<id>.mdx: the page is the file, so there is no second place to register.
 * `parseScenarioFile()` turns one page's front matter into a Scenario or into problems naming the
 * file and the field. Views import only the types (`import type`), so zod never ships to browsers.
 */
import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9 and single hyphens)');

export const difficulties = ['intro', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof difficulties)[number];

export const eventKinds = ['alert', 'log', 'deploy', 'config', 'dependency', 'page', 'note', 'status', 'comms'] as const;
export type EventKind = (typeof eventKinds)[number];

/** Parallel lines of work shown side by side in the log; an event or action names its track. */
export const tracks = ['investigation', 'comms', 'vendor', 'bypass', 'provider'] as const;
export type Track = (typeof tracks)[number];

export const actionQualities = ['best', 'ok', 'wrong'] as const;
export type ActionQuality = (typeof actionQualities)[number];

export const seriesUnits = ['share', 'rpm', 'ms', 'ratio', 'count'] as const;

/** Which side of the boundary the learner plays. */
export const sides = ['customer', 'provider'] as const;

/** Owner keys are checked against src/data/owners.ts by the validator, not here (lib imports no data). */
const ownerKey = z.string().min(1);

// YAML 1.1 readers (gray-matter) turn an unquoted timestamp into a Date: accept both forms.
const isoTime = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().replace('.000Z', 'Z') : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/, 'expected an ISO date and time in UTC, e.g. "2019-07-02T13:42:00Z"'),
);

/** A metric value within a state: a level, a ramp across minutes, or flapping between two levels. */
const metricValue = z.union([
  z.number().min(0),
  z.object({ ramp: z.tuple([z.number().min(0), z.number().min(0)]), over: z.number().int().positive() }).strict(),
  z.object({ flap: z.tuple([z.number().min(0), z.number().min(0)]), period: z.number().int().min(2) }).strict(),
]);
export type MetricValue = z.infer<typeof metricValue>;

const seriesSchema = z
  .object({
    id,
    label: z.string().min(1),
    /** share = part of requests (0..1), rpm = requests per minute, ms = latency, ratio = 0..1 saturation. */
    unit: z.enum(seriesUnits),
    /** Series shown on the same chart share this title. */
    chart: z.string().min(1),
    /** For share series: the status code counted (any 5xx, 52x included). Counted as error-minutes. */
    code: z.number().int().min(500).max(599).optional(),
    /** For share series: failed requests whose status code the source does not give (lost, timed out); counted as error-minutes. */
    failed: z.boolean().default(false),
    /** For share series: the part of all traffic the series covers (a region at 40% is 0.4). */
    weight: z.number().gt(0).max(1).default(1),
  })
  .strict();
export type Series = z.infer<typeof seriesSchema>;

const eventSchema = z
  .object({
    /** Minutes after entering the state (0 = at once). */
    at: z.number().int().min(0),
    kind: z.enum(eventKinds),
    text: z.string().min(1),
    track: z.enum(tracks).default('investigation'),
  })
  .strict();
export type TimelineEvent = z.infer<typeof eventSchema>;

/** An event at a fixed wall-clock time, whatever the learner does (the provider's fix lands at 14:09). */
const fixedEventSchema = z
  .object({
    at: isoTime,
    kind: z.enum(eventKinds),
    text: z.string().min(1),
    track: z.enum(tracks).default('provider'),
    /**
     * Moves the incident to `to` at that time, when it is in one of `from` (any state but an ending if
     * left out). With `from`, the move stays in force: arriving in one of those states later moves on too.
     */
    goto: z
      .object({ to: id, from: z.array(id).optional() })
      .strict()
      .optional(),
    /**
     * From this time on, these series (by id) take these values in every state but an ending,
     * whatever the learner does: one region recovering on its own, a provider's partial fix. Ramps
     * and flaps count from this time. A later fixed event may set the same series again.
     */
    metrics: z.record(z.string(), metricValue).optional(),
  })
  .strict();
export type FixedEvent = z.infer<typeof fixedEventSchema>;

const actionSchema = z
  .object({
    /** Stable id, unique within the decision; appears in shared URLs: never rename one. */
    id,
    label: z.string().min(1),
    /** Minutes the action takes (any length: an hour, a day). */
    costMinutes: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60),
    /** State after the action. Optional for parallel actions (they keep the current state). */
    next: id.optional(),
    /** Shown after choosing: what happened and why. */
    feedback: z.string().min(1),
    runbook: z.string().optional(),
    quality: z.enum(actionQualities),
    /** Evidence ids this action gathers (counted even when the same action changes production). */
    gathers: z.array(id).default([]),
    /** Owner this action pages or hands work to. */
    escalatesTo: ownerKey.optional(),
    /** True for actions that change production. */
    mitigates: z.boolean().default(false),
    /**
     * Parallel work (a status page post, a vendor case, a bypass build): the clock does not stop for
     * it; its `result` lands `costMinutes` later on its track, and `next` (if any) takes effect then.
     */
    parallel: z.boolean().default(false),
    track: z.enum(tracks).default('investigation'),
    result: z.string().optional(),
  })
  .strict();
export type ScenarioAction = z.infer<typeof actionSchema>;

const stateSchema = z
  .object({
    label: z.string().min(1),
    /** Value of each series (by series id) while in this state; a missing series is 0. */
    metrics: z.record(z.string(), metricValue),
    /** Relative random noise on every value (0..0.3). */
    noise: z.number().min(0).max(0.3).default(0.05),
    /** Series the responders cannot see in this state (monitoring is down): drawn as a gap. */
    gaps: z.array(z.string()).default([]),
    events: z.array(eventSchema).default([]),
    decision: z
      .object({ after: z.number().int().min(0), prompt: z.string().min(1), actions: z.array(actionSchema) })
      .strict()
      .optional(),
    then: z
      .object({ after: z.number().int().min(0), next: id })
      .strict()
      .optional(),
    ending: z
      .object({ outcome: z.enum(['resolved', 'unresolved']), text: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();
export type ScenarioState = z.infer<typeof stateSchema>;

const sourceSchema = z
  .object({
    title: z.string().min(1),
    url: z.string().url(),
    publisher: z.string().min(1),
    /**
     * What was checked against this source and what it does not give: a time taken from another
     * source, a date that disagrees, a post that could not be read. Printed beside the link.
     */
    note: z.string().min(1).optional(),
  })
  .strict();
export type ScenarioSource = z.infer<typeof sourceSchema>;

export const scenarioSchema = z
  .object({
    id,
    title: z.string().min(1),
    summary: z.string().min(1),
    difficulty: z.enum(difficulties),
    /** Status codes the incident shows (any 5xx); empty when the source names none (requests lost or timed out). */
    codes: z.array(z.number().int().min(500).max(599)),
    expectedMinutes: z.number().int().positive(),
    /** Wall-clock start of the incident in UTC. */
    start: isoTime,
    /** Seed of the metric noise. */
    seed: z.number().int().nonnegative(),
    perspective: z
      .object({
        side: z.enum(sides),
        /** Owner key of the learner's own team: paging it does not count as engaging an owner. */
        team: ownerKey,
        /** One line: who the learner is ("on-call SRE at the CDN"). */
        role: z.string().min(1),
      })
      .strict(),
    /** Public postmortem the scenario is built from; its times are copied from it. */
    source: sourceSchema.optional(),
    /** Further sources: the other side's postmortem, an earlier or later post by the same author. */
    moreSources: z.array(sourceSchema).default([]),
    series: z.array(seriesSchema).min(1),
    initial: id,
    states: z.record(z.string(), stateSchema),
    /** Events at fixed times, whatever the learner does. */
    timeline: z.array(fixedEventSchema).default([]),
    evidence: z.array(z.object({ id, label: z.string().min(1) }).strict()),
    /** Owners to engage, each within `withinMinutes` of the start (default: 15 minutes after the best path does). */
    rightOwners: z.array(z.object({ owner: ownerKey, withinMinutes: z.number().int().positive().optional() }).strict()),
    /** Action ids, in order, of the best path to a resolved ending (parallel actions included). */
    bestPath: z.array(id).min(1),
    /** A run stops here at the latest (minutes); default 240 or three times the best path, whichever is longer. */
    maxMinutes: z.number().int().positive().optional(),
    debrief: z
      .object({
        rootCause: z.string().min(1),
        runbooks: z.array(z.string()),
        trees: z.array(z.string()),
        lessons: z.array(z.string().min(1)).min(1),
        /**
         * For scenarios from a postmortem (required with `source`): what the responders really did,
         * as action ids. It must score 80 or more, unless `realPathNote` says why it does not.
         */
        realPath: z.array(id).optional(),
        /**
         * Why the responders' real path scores below 80 (the postmortem shows a step that made things
         * worse), or why there is none (the postmortem is the other side's: the provider's, when the
         * learner plays its customer).
         */
        realPathNote: z.string().min(1).optional(),
      })
      .strict(),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
/** What authors write (defaults not yet applied). */
export type ScenarioInput = z.input<typeof scenarioSchema>;

export interface ScenarioProblem {
  file: string;
  field: string;
  message: string;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/**
 * Check one scenario page's front matter. `title` and `description` of the page are the
 * scenario's title and summary; everything else sits under `scenario`. The id must be the file name.
 */
export function parseScenarioFile(file: string, frontMatter: Record<string, unknown>): ScenarioParse {
  const raw = frontMatter.scenario;
  if (raw === null || typeof raw !== 'object') {
    return { ok: false, problems: [{ file, field: 'scenario', message: 'the page has no `scenario:` block in its front matter' }] };
  }
  const data = { ...(raw as Record<string, unknown>), title: frontMatter.title, summary: frontMatter.description };
  const result = scenarioSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        const found = issue.path.reduce<unknown>(
          (obj, key) => (obj !== null && typeof obj === 'object' ? (obj as Record<string | number, unknown>)[key] : undefined),
          data,
        );
        const path = issue.path.join('.');
        const field = path === 'title' || path === 'summary' ? (path === 'title' ? 'title' : 'description') : `scenario.${path}`;
        return { file, field, message: `${issue.message}; found ${describe(found)}` };
      }),
    };
  }
  const base = file
    .split('/')
    .pop()
    ?.replace(/\.mdx?$/, '');
  if (base !== result.data.id) {
    return {
      ok: false,
      problems: [{ file, field: 'scenario.id', message: `must be the file name "${base ?? ''}"; found "${result.data.id}"` }],
    };
  }
  return { ok: true, scenario: result.data };
}
