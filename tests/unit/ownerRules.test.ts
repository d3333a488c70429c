import { describe, expect, it } from 'vitest';
import { formatOwnerProblems, ownerForBranch, ownersFor, validateOwnerFields } from '../../src/lib/ownerRules';
import { ownerKeys } from '../../src/data/owners';

const registry = new Set<string>(ownerKeys);
const meta = {
  owner: 'platform-sre',
  escalate_to: 'app-team',
  owners: [
    { when: 'Pods run but fail their readiness probe', owner: 'app-team' },
    { when: 'No targets registered after a deploy', owner: 'platform-sre' },
  ],
};

describe('ownersFor', () => {
  it('gives the default owner, the conditional rules in order and every key once', () => {
    const view = ownersFor(meta);
    expect(view.fallback).toBe('platform-sre');
    expect(view.rules.map((r) => r.owner)).toEqual(['app-team', 'platform-sre']);
    expect(view.keys).toEqual(['platform-sre', 'app-team']);
  });

  it('drops malformed entries instead of throwing (views read unvalidated front matter)', () => {
    const view = ownersFor({ owner: 'app-team', owners: [null, { when: '', owner: 'x' }, { when: 'ok', owner: 'vendor' }, 'text'] });
    expect(view.rules).toEqual([{ when: 'ok', owner: 'vendor' }]);
    expect(ownersFor({ owner: 'app-team', owners: 'nope' }).rules).toEqual([]);
  });
});

describe('ownerForBranch', () => {
  it("takes the branch's owner with its condition when the runbook names it", () => {
    expect(ownerForBranch(meta, 'app-team')).toEqual({
      owner: 'app-team',
      when: 'Pods run but fail their readiness probe',
      fromBranch: true,
    });
  });
  it('falls back to the default for no branch owner, or one the runbook does not name', () => {
    expect(ownerForBranch(meta)).toEqual({ owner: 'platform-sre', fromBranch: false });
    expect(ownerForBranch(meta, 'vendor')).toEqual({ owner: 'platform-sre', fromBranch: false });
  });
});

describe('validateOwnerFields (build check)', () => {
  it('accepts a runbook whose keys exist and whose escalation says something new', () => {
    expect(validateOwnerFields(meta, registry, 'a.mdx')).toEqual([]);
  });

  it('rejects an escalation that repeats the owner without escalate_when', () => {
    const problems = validateOwnerFields({ owner: 'app-team', escalate_to: 'app-team' }, registry, 'docs/x.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ where: 'docs/x.mdx', field: 'escalate_when' });
    expect(formatOwnerProblems(problems)).toContain('escalate_to repeats the owner "app-team"');
    expect(validateOwnerFields({ owner: 'app-team', escalate_to: 'app-team', escalate_when: '  ' }, registry, 'x')).toHaveLength(1);
    expect(
      validateOwnerFields({ owner: 'app-team', escalate_to: 'app-team', escalate_when: 'No answer in 15 minutes' }, registry, 'x'),
    ).toEqual([]);
  });

  it('rejects unknown owner keys in owner, owners and escalate_to, and repeated conditions', () => {
    const problems = validateOwnerFields(
      {
        owner: 'dev-team',
        escalate_to: 'boss',
        owners: [
          { when: 'A', owner: 'nobody' },
          { when: 'a ', owner: 'app-team' },
          { when: '', owner: 'app-team' },
        ],
      },
      registry,
      'x.mdx',
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['escalate_to', 'owner', 'owners', 'owners', 'owners']);
    expect(problems.find((p) => p.message.includes('"nobody"'))).toBeDefined();
    expect(problems.find((p) => p.message.includes('repeats the condition'))).toBeDefined();
  });
});
