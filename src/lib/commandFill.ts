/**
 * Filling a runbook's shell commands with values from the alert link or the reader's panel.
 *
 * A value from a link is untrusted. Two independent guards keep it from becoming shell syntax:
 * 1. each value must match a strict character set for its kind (`checkValue`), else it is refused
 *    with a message and the command keeps `$NAME`;
 * 2. every inserted value is single-quoted (`shellQuote`), so even a value that passed a loose
 *    kind is one literal word to the shell: no splitting, globbing or expansion.
 *
 * Pure: no DOM, no React. The CodeBlock view and the build checks call these.
 */

/** Kinds of values a command variable can hold; each has a strict character set. */
export const valueKinds = [
  'k8s-label',
  'k8s-name',
  'arn',
  'hostname',
  'region',
  'ip',
  'port',
  'url-path',
  'url',
  'upstream',
  'cluster',
  'number',
  'time',
  'token',
] as const;
export type ValueKind = (typeof valueKinds)[number];

interface KindRule {
  max: number;
  re: RegExp;
  /** Said to the reader when a value is refused. */
  expected: string;
}

const LABEL = '[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?';
const HOST_LABEL = '[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?';
const IPV4 = '(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';

export const kindRules: Record<ValueKind, KindRule> = {
  // Kubernetes: namespaces are DNS-1123 labels; most object names are DNS-1123 subdomains.
  'k8s-label': {
    max: 63,
    re: new RegExp(`^${LABEL}$`),
    expected: 'a Kubernetes name: lower-case letters, digits and "-" (DNS-1123 label)',
  },
  'k8s-name': {
    max: 253,
    re: new RegExp(`^${LABEL}(?:\\.${LABEL})*$`),
    expected: 'a Kubernetes name: lower-case letters, digits, "-" and "." (DNS-1123 subdomain)',
  },
  arn: {
    max: 512,
    re: /^arn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:(?:\d{12})?:[A-Za-z0-9_./:+=@-]+$/,
    expected: 'an AWS ARN such as arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef',
  },
  hostname: { max: 253, re: new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*\\.?$`), expected: 'a host name such as shop.example.com' },
  region: { max: 40, re: /^[a-z]{2,}(?:-[a-z0-9]+){1,3}$/, expected: 'a cloud region such as eu-west-1 or us-central1' },
  ip: {
    max: 45,
    re: new RegExp(`^(?:${IPV4}|[0-9A-Fa-f:]{2,39})$`),
    expected: 'an IP address such as 10.0.12.7',
  },
  port: {
    max: 5,
    re: /^(?:[1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d\d|655[0-2]\d|6553[0-5])$/,
    expected: 'a port number (1 to 65535)',
  },
  'url-path': { max: 300, re: /^\/[A-Za-z0-9._~%/:@+,=-]*(?:\?[A-Za-z0-9._~%/:@+,=&-]*)?$/, expected: 'a URL path starting with "/"' },
  url: {
    max: 300,
    re: new RegExp(`^https?://${HOST_LABEL}(?:\\.${HOST_LABEL})*(?::\\d{1,5})?(?:/[A-Za-z0-9._~%/:@+,=-]*)?$`),
    expected: 'an http(s) URL without credentials, such as https://payments.internal/health',
  },
  upstream: {
    max: 253,
    // host[:port], or an Envoy cluster name such as outbound|8080||reviews.shop.svc.cluster.local
    re: /^[A-Za-z0-9][A-Za-z0-9._:-]*(?:\|[A-Za-z0-9._:-]*){0,3}$/,
    expected: 'an upstream such as reviews.shop.svc.cluster.local:8080 or an Envoy cluster name',
  },
  cluster: {
    max: 200,
    re: /^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/,
    expected: 'a cluster or kube context name (letters, digits, "_", ".", ":", "/", "@", "-")',
  },
  number: { max: 12, re: /^\d+$/, expected: 'a whole number' },
  time: {
    max: 40,
    re: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$|^\d{9,13}$/,
    expected: 'an ISO 8601 time or a Unix time',
  },
  token: { max: 200, re: /^[A-Za-z0-9][A-Za-z0-9._:/@+=,-]*$/, expected: 'letters, digits and "_ . : / @ + = , -"' },
};

/** Result of checking one value; `message` is for the reader. */
export type ValueCheck = { ok: true; value: string } | { ok: false; message: string };

export function checkValue(kind: ValueKind, raw: string): ValueCheck {
  const value = raw.trim();
  const rule = kindRules[kind];
  if (value === '') return { ok: false, message: 'empty' };
  if (value.length > rule.max) return { ok: false, message: `too long (${value.length} characters; at most ${rule.max})` };
  if (!rule.re.test(value)) return { ok: false, message: `expected ${rule.expected}` };
  return { ok: true, value };
}

/**
 * The kind of a variable, from its name. Names follow the runbooks' conventions; anything
 * unknown is a `token`, the strictest generic set.
 */
export function variableKind(name: string): ValueKind {
  if (name === 'AUTHORITATIVE_NS') return 'hostname';
  if (/(?:^|_)ARN$/.test(name)) return 'arn';
  if (/(?:^|_)(?:NAMESPACE|NS)$/.test(name)) return 'k8s-label';
  if (/(?:^|_)IP$/.test(name)) return 'ip';
  if (/(?:^|_)PORT$/.test(name)) return 'port';
  if (name === 'REGION') return 'region';
  if (/(?:^|_)URL$/.test(name)) return 'url';
  if (/(?:^|_)PATH$/.test(name)) return 'url-path';
  if (/(?:^|_)(?:HOST|HOSTNAME|FQDN|SNI_NAME)$/.test(name)) return 'hostname';
  if (name === 'UPSTREAM' || name === 'UPSTREAM_CLUSTER') return 'upstream';
  if (name === 'CLUSTER' || name.endsWith('_CONTEXT')) return 'cluster';
  if (/^(?:START|END)(?:_MS)?$/.test(name)) return 'time';
  if (/(?:REPLICAS|COUNT|PID|SECONDS|THREAD_ID)$/.test(name)) return 'number';
  if (
    /(?:^|_)(?:SERVICE|POD|DEPLOYMENT|INGRESS|CONTAINER|APP|HPA|SECRET|DEPLOY|UPSTREAM_NAME|CALLER|BACKEND_SERVICE|RELEASE)$/.test(name) ||
    /^(?:SERVICE|POD|DEPLOYMENT|INGRESS|CALLER|PROXY|UPSTREAM|CALLER)_POD$/.test(name)
  ) {
    return 'k8s-name';
  }
  return 'token';
}

// Control characters (newline included) and bidirectional overrides: never inserted, whatever the kind.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

/** A value fillShell will insert at all: non-empty, one line, printable. */
export const isInsertable = (value: string): boolean => value !== '' && !UNPRINTABLE.test(value);

/** POSIX single quoting: the value becomes one literal word. `'` is written as `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** One piece of a shell command: literal text, or a `$NAME` the shell would expand. */
export type ShellPart =
  | { type: 'text'; text: string }
  | {
      type: 'var';
      name: string;
      /** As written: `$NAME` or `${NAME}`. */
      raw: string;
      /** Inside a double-quoted string (the shell still expands it there). */
      inDouble: boolean;
    };

const NAME_CHAR = /[A-Z0-9_]/;

/** Quoting contexts the splitter tracks; `subst` is `$( )`, `paren` a plain `( )`, `tick` a backtick substitution. */
type Context = 'plain' | 'single' | 'double' | 'subst' | 'paren' | 'tick';

/**
 * Split shell code into literal text and upper-case variable references. Follows the shell's
 * quoting, nested: nothing inside single quotes or after a backslash is a variable; inside double
 * quotes it is; a `$( )` or backtick substitution inside double quotes starts a fresh context, so
 * `"$(grep "$X")"` has `$X` inside the inner double quotes. Lower-case names (`$status`, awk's
 * `$1`) are left alone: the runbooks' placeholders are upper case.
 */
export function splitShell(code: string): ShellPart[] {
  const parts: ShellPart[] = [];
  let text = '';
  const stack: Context[] = ['plain'];
  const top = (): Context => stack[stack.length - 1] as Context;
  const flush = () => {
    if (text) parts.push({ type: 'text', text });
    text = '';
  };
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    const ctx = top();
    if (ctx === 'single') {
      text += ch;
      if (ch === "'") stack.pop();
      continue;
    }
    if (ch === '\\') {
      text += code.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '$' && code[i + 1] === '(') {
      text += '$(';
      i++;
      stack.push('subst');
      continue;
    }
    if (ch === '`') {
      text += ch;
      if (ctx === 'tick') stack.pop();
      else stack.push('tick');
      continue;
    }
    if (ctx === 'double') {
      if (ch === '"') stack.pop();
      else if (ch === '$') {
        const last = variableAt(i);
        if (last >= 0) {
          i = last;
          continue;
        }
      }
      text += ch;
      continue;
    }
    // plain, subst, paren, tick: the shell's ordinary context. A `#` that starts a word starts a
    // comment: its text (apostrophes included) is never shell syntax.
    if (ch === '#' && (i === 0 || /[\s;|&()]/.test(code[i - 1] as string))) {
      const end = code.indexOf('\n', i);
      text += end === -1 ? code.slice(i) : code.slice(i, end);
      i = (end === -1 ? code.length : end) - 1;
      continue;
    }
    if (ch === "'") stack.push('single');
    else if (ch === '"') stack.push('double');
    else if (ch === '(') stack.push('paren');
    else if (ch === ')' && (ctx === 'subst' || ctx === 'paren')) stack.pop();
    else if (ch === '$') {
      const last = variableAt(i);
      if (last >= 0) {
        i = last;
        continue;
      }
    }
    text += ch;
  }
  flush();
  return parts;

  /** At a `$`: record a variable and return the index of its last character, or -1 when `$` is text. */
  function variableAt(at: number): number {
    const braced = code[at + 1] === '{';
    const start = braced ? at + 2 : at + 1;
    let end = start;
    if (!/[A-Z]/.test(code[start] ?? '')) return -1;
    while (end < code.length && NAME_CHAR.test(code[end] as string)) end++;
    if (braced && code[end] !== '}') return -1;
    const rawEnd = braced ? end + 1 : end;
    flush();
    parts.push({ type: 'var', name: code.slice(start, end), raw: code.slice(at, rawEnd), inDouble: top() === 'double' });
    return rawEnd - 1;
  }
}

/** Upper-case variables a shell block expands, in order of first use. */
export function shellVariables(code: string): string[] {
  const seen: string[] = [];
  for (const p of splitShell(code)) if (p.type === 'var' && !seen.includes(p.name)) seen.push(p.name);
  return seen;
}

/** Where a filled value came from, for the reader. */
export type ValueSource = 'link' | 'panel';

export interface FilledValue {
  value: string;
  source: ValueSource;
}

/** A piece of a filled command, for display: literal text, an inserted value, or a variable left as is. */
export type FilledPart =
  | { type: 'text'; text: string }
  | { type: 'value'; text: string; name: string; source: ValueSource }
  | { type: 'unfilled'; text: string; name: string };

export interface FilledCommand {
  parts: FilledPart[];
  /** The whole command as it is copied. */
  text: string;
  filled: string[];
  unfilled: string[];
}

/**
 * Fill a shell block. A variable with a value becomes the single-quoted value; inside a
 * double-quoted string the string is closed around it (`"http://"'shop.example.com'"/x"`), so
 * the value is never read by the shell as anything but literal text. A variable without a value
 * stays as written, and so does one whose value is empty or holds a control character or a
 * newline (the kind checks refuse those earlier; this is the second guard).
 */
export function fillShell(code: string, values: Readonly<Record<string, FilledValue | undefined>>): FilledCommand {
  const parts: FilledPart[] = [];
  const filled: string[] = [];
  const unfilled: string[] = [];
  const push = (p: FilledPart) => {
    const last = parts[parts.length - 1];
    if (p.type === 'text' && last?.type === 'text') last.text += p.text;
    else if (p.type !== 'text' || p.text !== '') parts.push(p);
  };
  for (const part of splitShell(code)) {
    if (part.type === 'text') {
      push(part);
      continue;
    }
    const v = values[part.name];
    if (!v || !isInsertable(v.value)) {
      if (!unfilled.includes(part.name)) unfilled.push(part.name);
      push({ type: 'unfilled', text: part.raw, name: part.name });
      continue;
    }
    if (!filled.includes(part.name)) filled.push(part.name);
    if (part.inDouble) {
      // Close the double-quoted string, insert the single-quoted value, reopen it.
      push({ type: 'text', text: '"' });
      push({ type: 'value', text: shellQuote(v.value), name: part.name, source: v.source });
      push({ type: 'text', text: '"' });
    } else {
      push({ type: 'value', text: shellQuote(v.value), name: part.name, source: v.source });
    }
  }
  const tidy = tidyEmptyQuotes(parts);
  return { parts: tidy, text: tidy.map((p) => p.text).join(''), filled, unfilled };
}

/**
 * Drop the `""` left where a filled value stood at the edge of a double-quoted string
 * (`"$HOST/x"` gives `""'h'"/x"`): an empty string glued to a non-empty word changes nothing.
 */
function tidyEmptyQuotes(parts: FilledPart[]): FilledPart[] {
  const out = parts.map((p) => ({ ...p }));
  for (let i = 0; i < out.length; i++) {
    const p = out[i] as FilledPart;
    if (p.type !== 'value') continue;
    const before = out[i - 1];
    const after = out[i + 1];
    if (before?.type === 'text' && before.text.endsWith('""') && !before.text.endsWith('\\""')) before.text = before.text.slice(0, -2);
    if (after?.type === 'text' && after.text.startsWith('""')) after.text = after.text.slice(2);
  }
  return out.filter((p) => p.type !== 'text' || p.text !== '');
}

/** Languages whose fenced blocks are shell commands (filled and parsed as shell). */
export const shellLanguages = ['bash', 'sh', 'shell', 'console', 'zsh'] as const;
export const isShellLanguage = (lang: string | undefined): boolean => (shellLanguages as readonly string[]).includes(lang ?? '');
