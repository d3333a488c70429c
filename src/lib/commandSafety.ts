/**
 * Commands that change production: found in a runbook's shell blocks, and required to carry the
 * fence marker that names who may run them (```bash prod="on-call"```). The CodeBlock swizzle
 * renders the marker as a visible label; the build refuses an unmarked mutating command, a
 * destructive command that shares its block, and a rollback without the schema-migration warning.
 * Pure: the caller passes the owner keys (src/data/owners.ts) in.
 */
import { extractCodeBlocks, type CodeBlock } from './commandVariables';
import { isShellLanguage } from './commandFill';

/** Who may run a marked command: on-call alone, or an owner key of the owners registry (escalate). */
export const ON_CALL = 'on-call';

/** The marker in a fence's info string: prod="<who>". Returns who, or null when unmarked. */
export function parseProdMarker(meta: string | undefined): string | null {
  const m = /(?:^|\s)prod=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta ?? '');
  if (!m) return null;
  return (m[1] ?? m[2] ?? m[3] ?? '').trim();
}

interface CommandRule {
  /** What the rule names in messages, e.g. "kubectl scale". */
  name: string;
  pattern: RegExp;
  /** Destructive: must sit alone in its block (no other command to paste by mistake). */
  destructive?: boolean;
}

/** Verbs of `kubectl` that change the cluster; read-only ones (get, describe, logs, top, exec, rollout status) are absent on purpose. */
const kubectlWrites: Record<string, { name: string; destructive?: boolean }> = {
  scale: { name: 'kubectl scale' },
  patch: { name: 'kubectl patch' },
  apply: { name: 'kubectl apply' },
  edit: { name: 'kubectl edit' },
  set: { name: 'kubectl set' },
  replace: { name: 'kubectl replace' },
  create: { name: 'kubectl create' },
  autoscale: { name: 'kubectl autoscale' },
  cordon: { name: 'kubectl cordon' },
  uncordon: { name: 'kubectl uncordon' },
  taint: { name: 'kubectl taint' },
  label: { name: 'kubectl label' },
  annotate: { name: 'kubectl annotate' },
  delete: { name: 'kubectl delete', destructive: true },
  drain: { name: 'kubectl drain', destructive: true },
};
const kubectlFlagsWithValue = new Set(['-n', '--namespace', '--context', '-c', '--container', '--kubeconfig', '-l', '--selector']);

/** The verb of a `kubectl ...` segment (the first word that is neither a flag nor a flag's value), with rollout's sub-verb. */
function kubectlVerb(words: readonly string[]): string | null {
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (kubectlFlagsWithValue.has(w)) {
      i++;
      continue;
    }
    if (w.startsWith('-')) continue;
    return w === 'rollout' ? `rollout ${words.slice(i + 1).find((x) => !x.startsWith('-')) ?? ''}` : w;
  }
  return null;
}

/** Commands that change a running system, other than kubectl's (matched anywhere in a command segment). */
const rules: readonly CommandRule[] = [
  { name: 'helm rollback', pattern: /^helm\s+rollback\b/, destructive: true },
  { name: 'helm upgrade/install/uninstall', pattern: /^helm\s+(upgrade|install|uninstall|delete)\b/ },
  {
    name: 'aws write call',
    pattern:
      /^aws\s+[a-z0-9-]+\s+(modify|put|delete|create|update|register|deregister|set|attach|detach|reboot|terminate|stop|start)-[a-z-]+/,
  },
  { name: 'gcloud write call', pattern: /^gcloud\b.*\s(update|create|delete|set-[a-z-]+|add-[a-z-]+|remove-[a-z-]+|patch|resize)(\s|$)/ },
  { name: 'pg_terminate_backend', pattern: /\bpg_terminate_backend\b/, destructive: true },
  { name: 'pg_cancel_backend', pattern: /\bpg_cancel_backend\b/ },
  {
    name: 'SQL write',
    pattern: /\b(ALTER\s+(TABLE|SYSTEM|DATABASE)|DROP\s+(TABLE|INDEX|DATABASE)|TRUNCATE\s+\w|KILL\s+(QUERY\s+)?[\d$])/,
    destructive: true,
  },
  {
    name: 'service restart or reload',
    pattern: /^(systemctl\s+(restart|reload|stop)|nginx\s+-s\s+(reload|stop|quit)|service\s+\S+\s+(restart|reload|stop))\b/,
  },
  {
    name: 'Envoy admin write',
    pattern:
      /(pilot-agent\s+request\s+POST|\bcurl\b.*-X\s*POST\b.*:(15000|19000)|:(15000|19000)\/(healthcheck\/fail|drain_listeners|quitquitquit))/,
  },
  { name: 'Knative service update', pattern: /^kn\s+service\s+(update|create|delete)\b/ },
  { name: 'terraform apply', pattern: /^terraform\s+(apply|destroy)\b/, destructive: true },
];

/** The rule a command segment (no pipes or &&) matches, if any. */
function matchSegment(segment: string): { name: string; destructive: boolean } | null {
  const words = segment
    .replace(/^((then|else|do|if|while|until|!|time)\s+|sudo\s+|xargs(\s+-\S+)*\s+|[A-Za-z_]+=\S*\s+)+/, '')
    .split(/\s+/);
  const text = words.join(' ');
  if (words[0] === 'kubectl') {
    const verb = kubectlVerb(words);
    if (verb === 'rollout undo') return { name: 'kubectl rollout undo', destructive: true };
    if (verb && /^rollout (restart|pause|resume)$/.test(verb)) return { name: `kubectl ${verb}`, destructive: false };
    const write = verb ? kubectlWrites[verb] : undefined;
    if (write) return { name: write.name, destructive: write.destructive === true };
  }
  const rule = rules.find((r) => r.pattern.test(text));
  return rule ? { name: rule.name, destructive: rule.destructive === true } : null;
}

/** The logical commands of a shell block: comments dropped, backslash continuations joined. */
export function shellCommands(code: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of code.split('\n')) {
    const line = raw.trim();
    if (current === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1).trimEnd()} `;
      continue;
    }
    current += line;
    if (current.trim() !== '') out.push(current.trim());
    current = '';
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

export interface MutatingCommand {
  /** The rule's name, e.g. "kubectl scale/patch/apply/edit/set/cordon". */
  rule: string;
  /** The command as written (continuations joined). */
  command: string;
  destructive: boolean;
}

/** Every command of a shell block that changes a running system. */
export function findMutatingCommands(code: string): MutatingCommand[] {
  const found: MutatingCommand[] = [];
  for (const command of shellCommands(code)) {
    for (const segment of command.split(/\s*(?:\|\||&&|\||;)\s*/)) {
      const hit = matchSegment(segment.replace(/^[({\s]+/, '').replace(/^\$\(/, ''));
      if (hit) {
        found.push({ rule: hit.name, command, destructive: hit.destructive });
        break;
      }
    }
  }
  return found;
}

export interface SafetyProblem {
  file: string;
  field: string;
  message: string;
}

/** The warning every rollback must carry, in its block or in the sentence around it. */
export const MIGRATION_WARNING = /schema migration/i;
const ROLLBACK = /\b(rollout\s+undo|helm\s+rollback)\b/;

/**
 * Problems with the production commands of one page body: an unmarked mutating command, a marker
 * that names nobody the registry knows, a destructive command that shares its block, and a
 * rollback (in a block or in prose) without the schema-migration warning.
 */
export function checkCommandSafety(file: string, body: string, ownerKeys: readonly string[]): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const allowed = [ON_CALL, ...ownerKeys];
  const blocks = extractCodeBlocks(body);
  for (const block of blocks) problems.push(...checkBlock(file, block, allowed));
  problems.push(...checkProseRollbacks(file, body, blocks));
  return problems;
}

function checkBlock(file: string, block: CodeBlock, allowed: readonly string[]): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const where = `the code block at body line ${block.line}`;
  const who = parseProdMarker(block.meta);
  if (who !== null && !allowed.includes(who)) {
    problems.push({
      file,
      field: 'code block prod=',
      message: `${where} is marked prod="${who}", which is not "${ON_CALL}" or an owner key (${allowed.slice(1).join(', ')})`,
    });
  }
  if (!isShellLanguage(block.lang)) return problems;
  const mutating = findMutatingCommands(block.code);
  if (mutating.length > 0 && who === null) {
    const first = mutating[0] as MutatingCommand;
    problems.push({
      file,
      field: 'code block prod=',
      message: `${where} changes production (${first.rule}: "${first.command.slice(0, 80)}") but is not marked: open the fence with \`\`\`${block.lang} prod="${ON_CALL}" when on-call may run it alone, or prod="<owner key>" when it is that owner's call`,
    });
  }
  const commands = shellCommands(block.code);
  const destructive = mutating.find((m) => m.destructive);
  if (destructive && commands.length > 1) {
    problems.push({
      file,
      field: 'code block',
      message: `${where} holds a destructive command (${destructive.rule}) and ${commands.length - 1} other command(s): give the destructive command a block of its own, so copying one never runs the other`,
    });
  }
  if (ROLLBACK.test(block.code) && !MIGRATION_WARNING.test(block.code)) {
    problems.push({
      file,
      field: 'code block',
      message: `${where} rolls back without the warning: add a comment line such as "# Check first that no schema migration ran since $GOOD_REVISION: the old code may not read the new schema."`,
    });
  }
  return problems;
}

/** A rollback named in prose (inline code) must carry the warning in the same paragraph or list item. */
function checkProseRollbacks(file: string, body: string, blocks: readonly CodeBlock[]): SafetyProblem[] {
  const lines = body.split('\n');
  const inBlock = new Set<number>();
  for (const b of blocks) for (let l = b.line; l <= b.line + b.code.split('\n').length + 1; l++) inBlock.add(l);
  const problems: SafetyProblem[] = [];
  lines.forEach((line, i) => {
    if (inBlock.has(i + 1) || !/`[^`]*\b(rollout\s+undo|helm\s+rollback)\b[^`]*`/.test(line)) return;
    // The paragraph: from the previous blank line or list marker to the next blank line.
    let start = i;
    while (start > 0 && (lines[start - 1] ?? '').trim() !== '' && !/^\s*([-*]|\d+\.)\s/.test(lines[start] ?? '')) start--;
    let end = i;
    while (end + 1 < lines.length && (lines[end + 1] ?? '').trim() !== '' && !/^\s*([-*]|\d+\.)\s/.test(lines[end + 1] ?? '')) end++;
    const paragraph = lines.slice(start, end + 1).join(' ');
    if (!MIGRATION_WARNING.test(paragraph)) {
      problems.push({
        file,
        field: 'body',
        message: `body line ${i + 1} names a rollback without the warning: say in the same paragraph that rolling back past a schema migration can start a second outage`,
      });
    }
  });
  return problems;
}

/** The label a marked block shows above itself: what it does and who may run it. */
export function productionLabel(who: string, ownerName: (key: string) => string | undefined): { title: string; who: string } {
  if (who === ON_CALL) return { title: 'Changes production', who: 'On-call may run it alone' };
  const name = ownerName(who);
  return { title: 'Changes production', who: `${name ?? who} decides; on-call runs it only with their agreement` };
}
