/**
 * Build check: every `$VAR` a runbook's code blocks use is declared in its front matter
 * (`variables:`), every declared one is used, and no placeholder borrows a name the shell sets
 * itself (`$PATH` left unfilled would expand to the reader's search path). Pure.
 */
import type { CommandVariable } from './runbookTypes';
import { isShellLanguage, shellVariables } from './commandFill';

export interface CodeBlock {
  lang: string;
  /** The rest of the fence's info string (title=..., prod ...). */
  meta: string;
  code: string;
  /** 1-based line of the opening fence within the body. */
  line: number;
}

/** Fenced code blocks of a Markdown body (indented fences inside list items included). */
export function extractCodeBlocks(body: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const [, indent = '', fence = '```', lang = '', meta = ''] = open;
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] as string;
      if (l.trim().startsWith(fence) && l.trim().replace(/[`~]/g, '') === '') break;
      code.push(l.startsWith(indent) ? l.slice(indent.length) : l.trimStart());
    }
    blocks.push({ lang, meta: meta.trim(), code: code.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** Variables set by the shell or the login environment: a placeholder must not use these names. */
export const shellSetNames = [
  'PATH',
  'HOME',
  'HOSTNAME',
  'SECONDS',
  'RANDOM',
  'PWD',
  'OLDPWD',
  'IFS',
  'UID',
  'EUID',
  'PPID',
  'SHELL',
  'TERM',
  'LANG',
  'LINENO',
  'USER',
] as const;
/** Shell-set names a command may use on purpose (unfilled, never declared). */
export const allowedShellNames = ['USER', 'HOME', 'RANDOM'] as const;

/** Sources a variable may name besides an alert-context field. */
export const variableOrigins = ['panel', 'shell'] as const;

/** Upper-case variables of any code block: shell blocks follow quoting; others take every `$NAME`. */
export function blockVariables(block: Pick<CodeBlock, 'lang' | 'code'>): string[] {
  if (isShellLanguage(block.lang)) return shellVariables(block.code);
  const seen: string[] = [];
  for (const m of block.code.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)) if (!seen.includes(m[1] as string)) seen.push(m[1] as string);
  return seen;
}

export interface VariableProblem {
  file: string;
  field: string;
  message: string;
}

/**
 * Problems with a runbook's declared variables against its code blocks. `contextFields` is
 * passed in (the alert-context field names) so this module stays free of other modules' data.
 */
export function checkCommandVariables(
  file: string,
  body: string,
  variables: readonly CommandVariable[],
  contextFields: readonly string[],
): VariableProblem[] {
  const problems: VariableProblem[] = [];
  const declared = new Map(variables.map((v) => [v.name, v]));
  const used = new Set<string>();
  variables.forEach((v, i) => {
    if ((shellSetNames as readonly string[]).includes(v.name)) {
      problems.push({
        file,
        field: `variables.${i}.name`,
        message: `$${v.name} is set by the shell itself; an unfilled placeholder would expand to the reader's own value. Rename it (for example ROUTE_${v.name}) in the front matter and the code blocks`,
      });
    }
    if (!contextFields.includes(v.from) && !(variableOrigins as readonly string[]).includes(v.from)) {
      problems.push({
        file,
        field: `variables.${i}.from`,
        message: `expected an alert-context field (${contextFields.join(', ')}), "panel" (the reader's environment panel) or "shell" (never filled: secrets and values found during diagnosis); found "${v.from}"`,
      });
    }
    if (variables.findIndex((w) => w.name === v.name) !== i) {
      problems.push({ file, field: `variables.${i}.name`, message: `${v.name} is declared twice` });
    }
  });
  for (const block of extractCodeBlocks(body)) {
    for (const name of blockVariables(block)) {
      used.add(name);
      if (declared.has(name) || (allowedShellNames as readonly string[]).includes(name)) continue;
      problems.push({
        file,
        field: 'variables',
        message: `the code block at body line ${block.line} uses $${name}, which is not declared; add "- name: ${name}" with meaning, example and from to variables: in the front matter`,
      });
    }
  }
  variables.forEach((v, i) => {
    if (!used.has(v.name)) {
      problems.push({ file, field: `variables.${i}`, message: `${v.name} is declared but no code block uses it; remove it or use it` });
    }
  });
  return problems;
}
