/**
 * Cross-page consistency checks for the build and `check:content`:
 *
 * - a runbook's `on_call_may` does not grant on-call alone what the owners registry lists as
 *   needing escalation (`mustEscalate`), matched through escalation topics (src/data/escalationTopics.ts);
 * - a runbook's status codes agree with the signatures that point at it strongly.
 *
 * Pure: the caller passes the registry, the topics, the runbooks and the signatures in.
 */

/** A `mustEscalate` entry of the owners registry, with the wording that grants it in a runbook. */
export interface EscalationTopic {
  /** Owner key whose `mustEscalate` holds `item`. */
  owner: string;
  /** The `mustEscalate` entry, word for word. */
  item: string;
  /** Regular expression source (case-insensitive) that finds an `on_call_may` entry granting it. */
  grants: string;
  /** Regular expression source: an entry that also matches this is scoped out (e.g. "not shared"). */
  unless?: string;
}

export interface ConsistencyProblem {
  file: string;
  field: string;
  message: string;
}

export const TOPICS_FILE = 'src/data/escalationTopics.ts';

/** Every topic names an owner and a `mustEscalate` entry that exist, and its patterns compile. */
export function checkEscalationTopics(
  topics: readonly EscalationTopic[],
  mustEscalate: Readonly<Record<string, readonly string[]>>,
): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  topics.forEach((t, i) => {
    const items = mustEscalate[t.owner];
    if (!items) {
      problems.push({
        file: TOPICS_FILE,
        field: `escalationTopics[${i}].owner`,
        message: `"${t.owner}" is not an owner key of src/data/owners.ts`,
      });
    } else if (!items.includes(t.item)) {
      problems.push({
        file: TOPICS_FILE,
        field: `escalationTopics[${i}].item`,
        message: `"${t.item}" is not in ${t.owner}'s mustEscalate in src/data/owners.ts; copy the entry word for word (${items.map((x) => `"${x}"`).join(', ')})`,
      });
    }
    for (const key of ['grants', 'unless'] as const) {
      const source = t[key];
      if (source === undefined) continue;
      try {
        new RegExp(source, 'i');
      } catch (error) {
        problems.push({
          file: TOPICS_FILE,
          field: `escalationTopics[${i}].${key}`,
          message: `is not a valid regular expression: ${(error as Error).message}`,
        });
      }
    }
  });
  return problems;
}

/** Entries of one runbook's `on_call_may` that grant what the registry says needs escalation. */
export function checkOnCallMay(
  file: string,
  onCallMay: readonly string[],
  topics: readonly EscalationTopic[],
  ownerName: (key: string) => string,
): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  onCallMay.forEach((entry, i) => {
    // Asking, paging or handing over is the escalation itself, not acting alone.
    if (ESCALATING.test(entry)) return;
    for (const t of topics) {
      const grants = safeRegExp(t.grants);
      const unless = t.unless === undefined ? null : safeRegExp(t.unless);
      if (!grants?.test(entry) || unless?.test(entry)) continue;
      problems.push({
        file,
        field: `on_call_may.${i}`,
        message: `"${entry}" lets on-call act alone, but the owners registry says "${t.item}" needs ${ownerName(t.owner)}'s decision (src/data/owners.ts, ${t.owner}.mustEscalate). Reword it as preparing or escalating the change, or move it to escalate_when`,
      });
    }
  });
  return problems;
}

/** An entry that starts by asking, paging or telling someone escalates rather than acts. */
const ESCALATING = /^\s*(ask|page|escalate|tell|contact|hand over|prepare)\b/i;

function safeRegExp(source: string): RegExp | null {
  try {
    return new RegExp(source, 'i');
  } catch {
    return null;
  }
}

export interface StatusPointer {
  /** Signature id, for the message. */
  id: string;
  file: string;
  status: readonly number[];
  modes: readonly { id: string; weight: number }[];
}

/**
 * A signature that points strongly (weight >= `minWeight`) at a runbook, and names the status the
 * client sees, shares at least one status code with that runbook: a reader who arrives with that
 * code must find the runbook listed under it. Signatures without a status (non-HTTP text) are skipped.
 */
export function checkSignatureStatus(
  signatures: readonly StatusPointer[],
  runbooks: readonly { id: string; file: string; status: readonly number[] }[],
  minWeight = 0.9,
): ConsistencyProblem[] {
  const byId = new Map(runbooks.map((r) => [r.id, r]));
  const problems: ConsistencyProblem[] = [];
  for (const s of signatures) {
    if (s.status.length === 0) continue;
    for (const m of s.modes) {
      const rb = byId.get(m.id);
      if (!rb || m.weight < minWeight || s.status.some((c) => rb.status.includes(c))) continue;
      problems.push({
        file: rb.file,
        field: 'status',
        message: `signature ${s.id} (${s.file}) points here with weight ${m.weight} and says clients see ${s.status.join(' or ')}, but status lists ${rb.status.join(', ')}: add the code to status (and a leaf in that code's tree), or lower the signature's weight`,
      });
    }
  }
  return problems;
}

/** A table row of a vendor page that names status codes and links runbooks. */
export interface VendorRow {
  file: string;
  /** 1-based line of the row in the page body. */
  line: number;
  /** 5xx codes the row names outside its runbook links. */
  codes: readonly number[];
  /** Runbook ids the row links to. */
  runbooks: readonly string[];
}

/** Rows of a vendor page's tables: the codes each names (500, 502, 503, 504) and the runbooks it links. */
export function vendorRows(file: string, body: string): VendorRow[] {
  const rows: VendorRow[] = [];
  body.split('\n').forEach((line, i) => {
    if (!line.startsWith('|')) return;
    const runbooks = [...line.matchAll(/failure-modes\/\d{3}\/(fm-[a-z0-9-]+)\.mdx?/g)].map((m) => (m[1] as string).toUpperCase());
    if (runbooks.length === 0) return;
    const text = line
      .split('|')
      .filter((cell) => !cell.includes('failure-modes/'))
      .join(' ');
    const codes = [...new Set([...text.matchAll(/(?<![\w.-])(50[0234])(?![\w.])/g)].map((m) => Number(m[1])))];
    rows.push({ file, line: i + 1, codes, runbooks });
  });
  return rows;
}

/**
 * A vendor page's row that names the status clients see and links runbooks agrees with at least
 * one of them: a reader who follows the row with that code finds the code on the runbook.
 */
export function checkVendorRows(
  rows: readonly VendorRow[],
  runbooks: readonly { id: string; status: readonly number[] }[],
): ConsistencyProblem[] {
  const byId = new Map(runbooks.map((r) => [r.id, r.status]));
  const problems: ConsistencyProblem[] = [];
  for (const row of rows) {
    if (row.codes.length === 0) continue;
    const known = row.runbooks.filter((id) => byId.has(id));
    if (known.length === 0 || known.some((id) => row.codes.some((c) => (byId.get(id) ?? []).includes(c)))) continue;
    problems.push({
      file: row.file,
      field: `table row at body line ${row.line}`,
      message: `names ${row.codes.join(' or ')} but links ${known.map((id) => `${id} (status ${(byId.get(id) ?? []).join(', ')})`).join(', ')}: link a runbook that lists the code, or add the code to the runbook's status`,
    });
  }
  return problems;
}
