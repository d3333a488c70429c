/**
 * The runbook content model: front matter schema and body checks. Pure: no file system, no
 * Docusaurus. The build plugin (plugins/runbook-catalog) and the unit tests call these.
 *
 * The schema below is the one place the runbook's fields are written: RunbookMeta and its parts are
 * inferred from it, the catalog row picks from it (catalogRow.ts) and the views' light reading of
 * front matter uses the list fields checked against it (frontMatterView.ts). Views import the
 * types through runbookTypes.ts, type-only, so zod is never shipped to browsers.
 */
import { z } from 'zod';
import { runbookIdPattern, type runbookListFields } from './runbookTypes';
import type { OwnerKey } from './ownerTypes';
import {
  layers,
  recoveryClasses,
  requiredBlocks,
  requiredSections,
  requiredSubsections,
  severities,
  statusCodes,
  type StatusCode,
} from './vocabulary';

export { runbookIdPattern } from './runbookTypes';

/** YAML turns an unquoted 2026-11-22 into a Date; accept both and normalise to the string. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ invalid_type_error: 'expected an ISO date such as 2026-11-22' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2026-11-22')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'not a real calendar date'),
);

const nonEmpty = (what: string) =>
  z
    .string({ required_error: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`);

/** Sources of a page: at least one {title, url}, https only. */
const sourcesSchema = z
  .array(
    z.object({
      title: nonEmpty('source title'),
      url: z.string().url('expected a full URL').startsWith('https://', 'expected an https:// URL'),
    }),
    { required_error: 'sources is required (at least one {title, url})' },
  )
  .min(1, 'cite at least one source');

const ownerKey = (what: string) => nonEmpty(what).transform((key) => key as OwnerKey);

export const runbookFrontMatterSchema = z
  .object({
    /** Stable id such as FM-502-KEEPALIVE-RACE. Never renamed or reused: alert links use it. */
    id: z
      .string({ required_error: 'id is required' })
      .regex(runbookIdPattern, 'expected FM-<500|502|503|504>-<WORDS>, upper case with hyphens, e.g. FM-502-KEEPALIVE-RACE'),
    title: nonEmpty('title'),
    /** One sentence shown in tables, search results and link previews. */
    description: nonEmpty('description').max(240, 'keep it to one sentence (240 characters at most)'),
    /** Status codes this failure mode produces; the first is its primary code. */
    status: z
      .array(
        z.union(
          statusCodes.map((c) => z.literal(c)) as unknown as [z.ZodLiteral<500>, z.ZodLiteral<502>, z.ZodLiteral<503>, z.ZodLiteral<504>],
        ),
        {
          invalid_type_error: 'expected a list such as [502]',
          required_error: 'status is required (a list such as [502])',
        },
      )
      .min(1, 'list at least one status code')
      .refine((list) => new Set(list).size === list.length, 'a status code is listed twice'),
    layer: z.enum(layers, { errorMap: () => ({ message: `expected one of: ${layers.join(', ')}` }) }),
    severity: z.enum(severities, { errorMap: () => ({ message: `expected one of: ${severities.join(', ')}` }) }),
    recovery_class: z.enum(recoveryClasses, {
      errorMap: () => ({ message: `expected one of: ${recoveryClasses.join(', ')} (see docs/reference/recovery-classes.mdx)` }),
    }),
    /** Free text, e.g. "5–15 minutes after rollback". */
    est_recovery: nonEmpty('est_recovery'),
    /** The default owner of the fix. Checked against the organisation's keys in parseRunbookFrontMatter (src/lib imports no data). */
    owner: ownerKey('owner'),
    escalate_to: ownerKey('escalate_to'),
    /** Short observable symptoms (also what search finds). */
    signals: z
      .array(nonEmpty('a signal').max(120, 'keep each signal under 120 characters'), {
        required_error: 'signals is required (a list of observable symptoms)',
      })
      .min(1, 'list at least one signal')
      .max(10, 'list at most 10 signals'),
    /** Ids of related failure modes. */
    related: z.array(z.string().regex(runbookIdPattern, 'expected a runbook id such as FM-502-KEEPALIVE-RACE')).default([]),
    sources: sourcesSchema,
    /** ISO date, YYYY-MM-DD. */
    last_reviewed: isoDate,
    /** The one thing to do first, shown on tree leaves and in incident notes. */
    first_action: nonEmpty('first_action').max(200, 'keep the first action under 200 characters'),
    /** Evidence to collect and hand over when escalating. */
    evidence: z
      .array(nonEmpty('an evidence item'), { required_error: 'evidence is required (what to collect before escalating)' })
      .min(2, 'list at least two pieces of evidence to hand over'),
    /** Page-specific actions on-call may take alone (the owners registry gives the general ones). */
    on_call_may: z.array(nonEmpty('an action')).default([]),
    /** Owners per hop or condition; the first whose `when` the reader observes applies. */
    owners: z
      .array(
        z.object({
          /** What the reader observes when this owner applies, in plain words. */
          when: nonEmpty('owners.when'),
          owner: ownerKey('owners.owner'),
        }),
      )
      .default([]),
    /** The condition for going to `escalate_to` (e.g. "the owner does not answer in 15 minutes"). */
    escalate_when: z.string().min(1).optional(),
    /** Two or three safe actions shown at the top of the page. */
    do_first: z
      .array(
        z.object({
          /** The action, imperative and short. */
          action: nonEmpty('do_first.action'),
          /** When it is safe or appropriate (the precondition). */
          when: nonEmpty('do_first.when'),
        }),
      )
      .default([]),
    /** Shell variables the commands use, filled from the alert link or the reader's panel. */
    variables: z
      .array(
        z.object({
          /** Upper-case shell name without the `$`, e.g. NAMESPACE. */
          name: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an upper-case shell name such as NAMESPACE'),
          /** What the value is, in plain words. */
          meaning: nonEmpty('variables.meaning'),
          /** An example value. */
          example: nonEmpty('variables.example'),
          /** The alert-context field that fills it (e.g. namespace), or `panel` for the reader's own panel only. */
          from: nonEmpty('variables.from'),
        }),
      )
      .default([]),
  })
  // Docusaurus' own front matter (sidebar_position, slug ...) is allowed and left out of the result.
  .strip()
  .superRefine((fm, ctx) => {
    const primary = Number(fm.id.slice(3, 6));
    if (!fm.status.includes(primary as StatusCode)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['status'],
        message: `the id names ${primary} but status ${JSON.stringify(fm.status)} does not include it`,
      });
    }
    if (fm.related.includes(fm.id)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['related'], message: 'a runbook cannot be related to itself' });
    }
  });

/** Validated front matter of one failure-mode runbook. */
export type RunbookMeta = z.output<typeof runbookFrontMatterSchema>;
/** A cited source: what the reader will find there (e.g. "RFC 9110 §15.6.3") and its https URL. */
export type RunbookSource = RunbookMeta['sources'][number];
/** An owner that applies under a condition (the hop at fault), e.g. "readiness probe failing". */
export type ConditionalOwner = RunbookMeta['owners'][number];
/** One of the two or three safe actions at the top of a runbook. */
export type DoFirstAction = RunbookMeta['do_first'][number];
/** A shell variable used by the runbook's commands. */
export type CommandVariable = RunbookMeta['variables'][number];

/** The fields that hold a list of plain strings: exactly runbookListFields, or this fails to compile. */
type StringListField = { [K in keyof RunbookMeta]-?: RunbookMeta[K] extends string[] ? K : never }[keyof RunbookMeta];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const listFieldsMatchSchema: Same<StringListField, (typeof runbookListFields)[number]> = true;
void listFieldsMatchSchema;

/** One problem found in a runbook, phrased for the author. */
export interface RunbookProblem {
  file: string;
  field: string;
  message: string;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** zod's issues as problems for the author: the field, the rule, and what was found there. */
function issuesToProblems(file: string, error: z.ZodError, data: Record<string, unknown>): RunbookProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.') || '(front matter)';
    const found = issue.path.reduce<unknown>(
      (obj, key) => (obj !== null && typeof obj === 'object' ? (obj as Record<string | number, unknown>)[key] : undefined),
      data,
    );
    return { file, field, message: `${issue.message}; found ${describeValue(found)}` };
  });
}

export type ParseResult = { ok: true; meta: RunbookMeta } | { ok: false; problems: RunbookProblem[] };

/** Validate the front matter of one runbook file; `ownerKeys` are the organisation's (src/data/owners.ts). */
export function parseRunbookFrontMatter(file: string, data: Record<string, unknown>, ownerKeys: readonly string[]): ParseResult {
  const result = runbookFrontMatterSchema.safeParse(data);
  const unknownOwners = (['owner', 'escalate_to'] as const)
    .filter((field) => typeof data[field] === 'string' && !ownerKeys.includes(data[field]))
    .map((field) => ({
      file,
      field,
      message: `expected an owner key from src/data/owners.ts: ${ownerKeys.join(', ')}; found ${describeValue(data[field])}`,
    }));
  if (result.success && unknownOwners.length > 0) return { ok: false, problems: unknownOwners };
  if (result.success) {
    const meta: RunbookMeta = result.data;
    return { ok: true, meta };
  }
  return {
    ok: false,
    problems: [...issuesToProblems(file, result.error, data), ...unknownOwners],
  };
}

interface Heading {
  depth: number;
  text: string;
  line: number;
}

/** Markdown headings outside fenced code blocks. */
export function extractHeadings(body: string): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker[0] ?? null;
      else if (marker.startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    const m = /^(#{1,6})\s+(.+?)\s*#*$/.exec(line);
    if (m?.[1] && m[2]) headings.push({ depth: m[1].length, text: m[2].trim(), line: index + 1 });
  });
  return headings;
}

/** Split the body into level-2 sections: heading text -> section text (without the heading). */
function sectionTexts(body: string, headings: Heading[]): Map<string, string> {
  const lines = body.split('\n');
  const h2 = headings.filter((h) => h.depth === 2);
  const sections = new Map<string, string>();
  h2.forEach((h, i) => {
    const end = h2[i + 1]?.line ?? lines.length + 1;
    sections.set(h.text, lines.slice(h.line, end - 1).join('\n'));
  });
  return sections;
}

/** Check the body: required sections in order, their sub-headings and generated blocks. */
export function checkRunbookBody(file: string, body: string): RunbookProblem[] {
  const problems: RunbookProblem[] = [];
  const headings = extractHeadings(body);
  const h2 = headings.filter((h) => h.depth === 2).map((h) => h.text);
  const missing = requiredSections.filter((s) => !h2.includes(s));
  for (const s of missing) {
    problems.push({
      file,
      field: `section "${s}"`,
      message: `missing: add a "## ${s}" heading (see docs/contributing/runbook-template.mdx)`,
    });
  }
  if (missing.length === 0) {
    const order = h2.filter((t): t is (typeof requiredSections)[number] => (requiredSections as readonly string[]).includes(t));
    const expected = [...requiredSections];
    if (order.join('|') !== expected.join('|')) {
      problems.push({
        file,
        field: 'sections',
        message: `required sections are out of order; found ${order.join(' > ')}; expected ${expected.join(' > ')}`,
      });
    }
  }
  const sections = sectionTexts(body, headings);
  for (const [section, subs] of Object.entries(requiredSubsections)) {
    const text = sections.get(section);
    if (text === undefined || !subs) continue;
    const h3 = extractHeadings(text)
      .filter((h) => h.depth === 3)
      .map((h) => h.text);
    for (const sub of subs) {
      if (!h3.includes(sub)) {
        problems.push({ file, field: `section "${section}"`, message: `missing sub-heading "### ${sub}"` });
      }
    }
  }
  for (const [section, tag] of Object.entries(requiredBlocks)) {
    const text = sections.get(section);
    if (text !== undefined && tag && !text.includes(tag)) {
      problems.push({
        file,
        field: `section "${section}"`,
        message: `must contain ${tag} />, which is generated from the front matter and the owners registry`,
      });
    }
  }
  const wrongFix = sections.get('Wrong fix vs better fix');
  if (wrongFix !== undefined && !(/wrong fix/i.test(wrongFix) && /better fix/i.test(wrongFix))) {
    problems.push({
      file,
      field: 'section "Wrong fix vs better fix"',
      message: 'name at least one **Wrong fix:** and its **Better fix:**',
    });
  }
  return problems;
}

/** Front matter of a reference page (status codes, comparisons, vendors, visitors, reference). */
export const referencePageSchema = z
  .object({
    title: nonEmpty('title'),
    description: nonEmpty('description'),
    last_reviewed: isoDate,
    sources: sourcesSchema,
  })
  .passthrough();

/** Check a reference page: front matter fields and a Sources section rendering them. */
export function checkReferencePage(file: string, data: Record<string, unknown>, body: string): RunbookProblem[] {
  const problems: RunbookProblem[] = [];
  const result = referencePageSchema.safeParse(data);
  if (!result.success) problems.push(...issuesToProblems(file, result.error, data));
  const sources = sectionTexts(body, extractHeadings(body)).get('Sources');
  if (sources === undefined) {
    problems.push({ file, field: 'section "Sources"', message: 'missing: end the page with "## Sources" and <Sources />' });
  } else if (!sources.includes('<Sources')) {
    problems.push({ file, field: 'section "Sources"', message: 'must contain <Sources />, which lists the front matter sources' });
  }
  return problems;
}
