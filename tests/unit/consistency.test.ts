/**
 * Cross-page consistency checks (src/lib/consistency.ts): each broken fixture fails with a message
 * that names the file and the field; the site's own registry, topics and pages pass.
 */
import { describe, expect, it } from 'vitest';
import {
  checkEscalationTopics,
  checkOnCallMay,
  checkSignatureStatus,
  checkVendorRows,
  vendorRows,
  type EscalationTopic,
} from '../../src/lib/consistency';
import { escalationTopics } from '../../src/data/escalationTopics';
import { ownerKeys, owners } from '../../src/data/owners';

const mustEscalate = { 'platform-sre': ['Changing shared proxy, mesh or load-balancer timeouts'], 'network-edge': ['Firewall changes'] };
const topic: EscalationTopic = {
  owner: 'platform-sre',
  item: 'Changing shared proxy, mesh or load-balancer timeouts',
  grants: String.raw`\b(raise|change)\s+(the\s+)?(load[- ]balancer|proxy)('s)?\s+(\w+\s+){0,2}timeouts?\b`,
  unless: String.raw`\bnot shared\b`,
};
const name = (k: string) => (k === 'platform-sre' ? 'Platform / SRE' : k);
const file = 'docs/failure-modes/504/fm-504-x.mdx';

describe('on_call_may against the owners registry', () => {
  it('fails an entry that lets on-call change a shared load-balancer timeout alone, naming file and field', () => {
    const problems = checkOnCallMay(file, ['Roll back the release', 'Raise the load balancer idle timeout to 120 s'], [topic], name);
    expect(problems).toEqual([
      {
        file,
        field: 'on_call_may.1',
        message: expect.stringMatching(/needs Platform \/ SRE's decision \(src\/data\/owners\.ts, platform-sre\.mustEscalate\)/),
      },
    ]);
  });

  it('accepts a scoped-out entry and an entry that escalates', () => {
    const entries = [
      "Raise the proxy's read timeout on this service's own Ingress (not shared)",
      'Ask the platform owner to raise the load balancer idle timeout',
    ];
    expect(checkOnCallMay(file, entries, [topic], name)).toEqual([]);
  });

  it('fails a topic whose owner or item the registry does not have, and a pattern that does not compile', () => {
    const broken: EscalationTopic[] = [
      { ...topic, owner: 'dba' },
      { ...topic, item: 'Changing timeouts' },
      { ...topic, grants: '(' },
    ];
    const problems = checkEscalationTopics(broken, mustEscalate);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['src/data/escalationTopics.ts', 'escalationTopics[0].owner'],
      ['src/data/escalationTopics.ts', 'escalationTopics[1].item'],
      ['src/data/escalationTopics.ts', 'escalationTopics[2].grants'],
    ]);
    expect(problems[1]?.message).toMatch(/copy the entry word for word/);
  });

  it("the site's topics all name an entry of the real owners registry", () => {
    const registry = Object.fromEntries(ownerKeys.map((k) => [k, owners[k].mustEscalate]));
    expect(checkEscalationTopics(escalationTopics, registry)).toEqual([]);
  });

  it("the site's topics catch the wording the review found, and allow the app's own keep-alive", () => {
    const before =
      'Raise the timeout through the managing tool (Terraform, ingress annotation) for the affected load balancer, with a review';
    expect(checkOnCallMay(file, [before], escalationTopics, name)).toEqual([
      expect.objectContaining({
        field: 'on_call_may.0',
        message: expect.stringMatching(/Changing shared proxy, mesh or load-balancer timeouts/),
      }),
    ]);
    const allowed = ["Raise the app server's keep-alive timeout above the proxy's idle timeout via the normal config path"];
    expect(checkOnCallMay(file, allowed, escalationTopics, name)).toEqual([]);
  });
});

describe('status codes against the signatures that point at a runbook', () => {
  const runbooks = [{ id: 'FM-504-LB-IDLE-TIMEOUT', file: 'docs/failure-modes/504/fm-504-lb-idle-timeout.mdx', status: [504] }];

  it('fails a strong pointer whose status the runbook does not list, naming the runbook file and status', () => {
    const signatures = [
      {
        id: 'gcp-lb-backend-timeout',
        file: 'src/data/signatures/gcp.ts',
        status: [502, 503],
        modes: [{ id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.95 }],
      },
    ];
    expect(checkSignatureStatus(signatures, runbooks)).toEqual([
      {
        file: 'docs/failure-modes/504/fm-504-lb-idle-timeout.mdx',
        field: 'status',
        message: expect.stringMatching(
          /signature gcp-lb-backend-timeout \(src\/data\/signatures\/gcp\.ts\) .* clients see 502 or 503, but status lists 504/,
        ),
      },
    ]);
  });

  it('accepts a shared code, a weak pointer and a signature without a status', () => {
    const signatures = [
      { id: 'a', file: 'x.ts', status: [504, 502], modes: [{ id: 'FM-504-LB-IDLE-TIMEOUT', weight: 1 }] },
      { id: 'b', file: 'x.ts', status: [503], modes: [{ id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.5 }] },
      { id: 'c', file: 'x.ts', status: [], modes: [{ id: 'FM-504-LB-IDLE-TIMEOUT', weight: 1 }] },
    ];
    expect(checkSignatureStatus(signatures, runbooks)).toEqual([]);
  });
});

describe('vendor pages against the runbooks their tables link', () => {
  const runbooks = [
    { id: 'FM-502-HEADER-TOO-BIG', status: [502] },
    { id: 'FM-502-BROKEN-RESPONSE-BODY', status: [502, 504] },
  ];
  const file = 'docs/vendors/aws-load-balancers.mdx';

  it('reads the codes and the linked runbooks of a table row, not the codes inside the links', () => {
    const body = 'Intro 504 text\n| 504, `Content-Length` larger | waits | [Header](../failure-modes/502/fm-502-header-too-big.mdx) |';
    expect(vendorRows(file, body)).toEqual([{ file, line: 2, codes: [504], runbooks: ['FM-502-HEADER-TOO-BIG'] }]);
  });

  it('fails a row whose code none of its runbooks lists, naming the page and the row', () => {
    const rows = vendorRows(file, '| 504, `Content-Length` larger | waits | [Header](../failure-modes/502/fm-502-header-too-big.mdx) |');
    expect(checkVendorRows(rows, runbooks)).toEqual([
      {
        file,
        field: 'table row at body line 1',
        message: expect.stringMatching(/names 504 but links FM-502-HEADER-TOO-BIG \(status 502\)/),
      },
    ]);
  });

  it('accepts a row when one linked runbook lists the code, and a row that names no code', () => {
    const body = [
      '| 504, short body | waits | [Header](../failure-modes/502/fm-502-header-too-big.mdx), [Body](../failure-modes/502/fm-502-broken-response-body.mdx) |',
      '| `H13` | closed | [Header](../failure-modes/502/fm-502-header-too-big.mdx) |',
    ].join('\n');
    expect(checkVendorRows(vendorRows(file, body), runbooks)).toEqual([]);
  });
});
