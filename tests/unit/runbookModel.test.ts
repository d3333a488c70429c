import { describe, expect, it } from 'vitest';
import { checkReferencePage, checkRunbookBody, extractHeadings, parseRunbookFrontMatter } from '../../src/lib/runbookModel';
import { validBody, validFrontMatter } from './fixtures/runbooks';
import { ownerKeys } from '../../src/data/owners';

const FILE = 'docs/failure-modes/502/fm-502-test-case.mdx';

function problemsFor(patch: Record<string, unknown>) {
  const fm = Object.fromEntries(Object.entries({ ...validFrontMatter(), ...patch }).filter(([, v]) => v !== undefined));
  const result = parseRunbookFrontMatter(FILE, fm, ownerKeys);
  return result.ok ? [] : result.problems;
}

describe('runbook front matter', () => {
  it('accepts a complete runbook and normalises a YAML date', () => {
    const result = parseRunbookFrontMatter(FILE, { ...validFrontMatter(), last_reviewed: new Date('2026-11-22T00:00:00Z') }, ownerKeys);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.meta.last_reviewed).toBe('2026-11-22');
      expect(result.meta.on_call_may).toEqual([]);
    }
  });

  it.each([
    'id',
    'title',
    'description',
    'status',
    'layer',
    'severity',
    'recovery_class',
    'est_recovery',
    'owner',
    'escalate_to',
    'signals',
    'sources',
    'last_reviewed',
    'first_action',
    'evidence',
  ])('names the file and the field when %s is missing', (field) => {
    const problems = problemsFor({ [field]: undefined });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: FILE, field });
    expect(problems[0]?.message).toContain('found nothing');
  });

  it('rejects an unknown owner and lists the registry keys', () => {
    const [problem] = problemsFor({ owner: 'sre-team' });
    expect(problem?.field).toBe('owner');
    expect(problem?.message).toContain('src/data/owners.ts');
    expect(problem?.message).toContain('platform-sre');
    expect(problem?.message).toContain('"sre-team"');
  });

  it.each([
    ['id', 'fm-502-lower'],
    ['id', 'FM-501-NOT-A-CODE'],
    ['status', [418]],
    ['status', []],
    ['status', [502, 502]],
    ['layer', 'database'],
    ['severity', 'S5'],
    ['recovery_class', 'E'],
    ['sources', []],
    ['sources', [{ title: 'plain http', url: 'http://example.com' }]],
    ['last_reviewed', '22/11/2026'],
    ['last_reviewed', '2026-02-31'],
    ['evidence', ['only one']],
    ['related', ['not-an-id']],
  ])('rejects %s = %j', (field, value) => {
    const problems = problemsFor({ [field]: value });
    expect(problems.map((p) => p.field.split('.')[0])).toContain(field);
  });

  it('requires the code in the id to be among the status codes', () => {
    const problems = problemsFor({ status: [503] });
    expect(problems).toEqual([expect.objectContaining({ field: 'status', message: expect.stringContaining('names 502') })]);
  });

  it('refuses a runbook related to itself', () => {
    expect(problemsFor({ related: ['FM-502-TEST-CASE'] })[0]?.field).toBe('related');
  });
});

describe('runbook body', () => {
  it('accepts the template body, ignoring headings inside code blocks', () => {
    expect(checkRunbookBody(FILE, validBody)).toEqual([]);
    expect(extractHeadings(validBody).map((h) => h.text)).not.toContain('Not a heading: inside a code block');
  });

  it('names each missing section', () => {
    const body = validBody.replace('## Verify the fix', '## Checking');
    expect(checkRunbookBody(FILE, body)).toEqual([
      expect.objectContaining({ field: 'section "Verify the fix"', message: expect.stringContaining('missing') }),
    ]);
  });

  it('reports sections out of order', () => {
    const body = validBody.replace('## Meaning\n\nText.\n', '').replace('## Sources', '## Meaning\n\nText.\n\n## Sources');
    expect(checkRunbookBody(FILE, body)[0]?.field).toBe('sections');
  });

  it('requires the Now and Lasting fix sub-sections and the first ten minutes', () => {
    const body = validBody.replace('### Lasting fix', '### Later').replace('### First ten minutes', '### Start');
    const fields = checkRunbookBody(FILE, body).map((p) => p.message);
    expect(fields).toEqual(
      expect.arrayContaining([expect.stringContaining('### Lasting fix'), expect.stringContaining('### First ten minutes')]),
    );
  });

  it('requires the generated blocks, not hand-typed ones', () => {
    const body = validBody.replace('<ResponsibilityBoundary />', 'Ask the platform team.').replace('<Sources />', '- https://example.com');
    expect(checkRunbookBody(FILE, body).map((p) => p.field)).toEqual(['section "Responsibility boundary"', 'section "Sources"']);
  });

  it('requires a wrong fix and its better fix', () => {
    const body = validBody.replace('- **Wrong fix:** a. **Better fix:** b. **Why:** c.', 'Do it right.');
    expect(checkRunbookBody(FILE, body)[0]?.field).toBe('section "Wrong fix vs better fix"');
  });
});

describe('reference pages', () => {
  const fm = { title: 'T', description: 'D', last_reviewed: '2026-11-22', sources: [{ title: 'RFC', url: 'https://www.rfc-editor.org/' }] };
  it('accepts a page with sources and a review date', () => {
    expect(checkReferencePage('docs/codes/500.mdx', fm, '## Sources\n\n<Sources />\n')).toEqual([]);
  });
  it('names missing sources, date and Sources section', () => {
    const problems = checkReferencePage('docs/codes/500.mdx', { title: 'T', description: 'D' }, 'text');
    expect(problems.map((p) => p.field)).toEqual(['last_reviewed', 'sources', 'section "Sources"']);
  });
});
