import { describe, expect, it } from 'vitest';
import { emptyEnv, ENV_VERSION, loadEnv, resolveVariables, serializeEnv, setEnvValue, valuesForFill } from '../../src/lib/commandEnv';
import { parseAlertContext } from '../../src/lib/alertContext';
import type { CommandVariable } from '../../src/lib/runbookTypes';

const vars: CommandVariable[] = [
  { name: 'NAMESPACE', meaning: 'ns', example: 'shop', from: 'namespace' },
  {
    name: 'TG_ARN',
    meaning: 'tg',
    example: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef',
    from: 'target_group',
  },
  { name: 'PORT', meaning: 'port', example: '8080', from: 'panel' },
  { name: 'DATABASE_URL', meaning: 'secret', example: '(secret)', from: 'shell' },
];

describe('loadEnv', () => {
  it('reads what it wrote', () => {
    const set = setEnvValue(emptyEnv(), 'NAMESPACE', 'shop');
    expect(set.ok).toBe(true);
    if (set.ok) expect(loadEnv(serializeEnv(set.env))).toEqual({ env: { version: ENV_VERSION, values: { NAMESPACE: 'shop' } } });
  });
  it('resets damaged, foreign, old or hostile data with a notice', () => {
    expect(loadEnv('{not json').notice).toMatch(/damaged/);
    expect(loadEnv(JSON.stringify({ version: 99, values: {} })).notice).toMatch(/version 99/);
    expect(loadEnv(JSON.stringify({ version: 1, values: { NAMESPACE: 'shop; rm -rf /' } })).notice).toMatch(/format/);
    expect(loadEnv(JSON.stringify({ version: 1, values: { 'bad name': 'x' } })).env).toEqual(emptyEnv());
    expect(loadEnv(null)).toEqual({ env: emptyEnv() });
  });
});

describe('setEnvValue', () => {
  it('refuses a value outside its kind, with the reason', () => {
    const r = setEnvValue(emptyEnv(), 'NAMESPACE', 'Shop$(id)');
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/DNS-1123/) });
  });
  it('removes a value set to empty', () => {
    const r = setEnvValue({ version: 1, values: { PORT: '80' } }, 'PORT', ' ');
    expect(r.ok && r.env.values).toEqual({});
  });
});

describe('resolveVariables', () => {
  const env = { version: 1 as const, values: { NAMESPACE: 'saved-ns', PORT: '8080' } };
  it('takes the link first, then the saved value, and never fills shell variables', () => {
    const ctx = parseAlertContext('?namespace=shop&target_group=arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc');
    const r = resolveVariables(vars, ctx, env);
    expect(r.map((x) => [x.variable.name, x.filled?.value, x.filled?.source, x.overridden])).toEqual([
      ['NAMESPACE', 'shop', 'link', 'saved-ns'],
      ['TG_ARN', 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc', 'link', undefined],
      ['PORT', '8080', 'panel', undefined],
      ['DATABASE_URL', undefined, undefined, undefined],
    ]);
    expect(Object.keys(valuesForFill(r))).toEqual(['NAMESPACE', 'TG_ARN', 'PORT']);
  });
  it('names a link value the variable refuses and falls back to the saved value', () => {
    // A target group name passes the context field (ARN or name) but TG_ARN needs an ARN.
    const r = resolveVariables(vars, parseAlertContext('?target_group=web'), { version: 1, values: {} });
    expect(r[1]).toMatchObject({ refused: { value: 'web', message: expect.stringMatching(/ARN/) } });
    expect(r[1]?.filled).toBeUndefined();
  });
});
