/**
 * The production-command detector (src/lib/commandSafety.ts): what counts as changing production,
 * the prod="<who>" marker, destructive commands alone in their block, and the rollback warning.
 */
import { describe, expect, it } from 'vitest';
import { checkCommandSafety, findMutatingCommands, parseProdMarker, productionLabel, shellCommands } from '../../src/lib/commandSafety';

const owners = ['app-team', 'platform-sre', 'upstream-owner'];
const body = (...blocks: string[]) => blocks.join('\n\n');
const fence = (code: string, meta = '', lang = 'bash') => `\`\`\`${lang}${meta ? ` ${meta}` : ''}\n${code}\n\`\`\``;

describe('findMutatingCommands', () => {
  it.each([
    ['kubectl scale deploy/web -n shop --replicas=5', 'kubectl scale'],
    ['kubectl -n shop patch hpa web --type=merge -p "{}"', 'kubectl patch'],
    ['kubectl --context prod rollout undo deploy/web -n shop', 'kubectl rollout undo'],
    ['kubectl rollout restart deployment/web', 'kubectl rollout restart'],
    ['kubectl delete pod web-1 -n shop', 'kubectl delete'],
    ['kubectl apply -f ingress.yaml', 'kubectl apply'],
    ['kubectl get pods -o name | xargs -r kubectl delete -n shop', 'kubectl delete'],
    ['aws elbv2 modify-load-balancer-attributes --load-balancer-arn x --attributes Key=a,Value=1', 'aws write call'],
    ['aws lambda put-function-concurrency --function-name f --reserved-concurrent-executions 5', 'aws write call'],
    ['gcloud compute backend-services update be --global --timeout=60', 'gcloud write call'],
    ['psql "$DATABASE_URL" -c "SELECT pg_terminate_backend(42);"', 'pg_terminate_backend'],
    ['psql "$DATABASE_URL" -c "SELECT pg_cancel_backend(42);"', 'pg_cancel_backend'],
    ['mysql -h db -e "KILL $THREAD;"', 'SQL write'],
    ['sudo nginx -t && sudo systemctl reload nginx', 'service restart or reload'],
    ['helm rollback web 41 -n shop', 'helm rollback'],
    ['kn service update web --scale-min 1', 'Knative service update'],
    ['floor=1; if [ 3 -gt "$floor" ]; then kubectl patch hpa web -p "{}"; fi', 'kubectl patch'],
  ])('%s is a production change (%s)', (command, rule) => {
    expect(findMutatingCommands(command).map((m) => m.rule)).toEqual([rule]);
  });

  it.each([
    'kubectl get hpa web -n shop -o yaml',
    'kubectl logs -n shop -l app=web --prefix --max-log-requests=20 --tail=-1 --since=15m | grep -c set',
    'kubectl rollout status deploy/web -n shop',
    'kubectl rollout history deploy/web',
    'kubectl describe pod web-1 -n shop',
    'kubectl exec -n shop web-1 -c istio-proxy -- pilot-agent request GET stats',
    'aws elbv2 describe-load-balancer-attributes --load-balancer-arn x',
    'gcloud compute backend-services describe be --global',
    'psql "$DATABASE_URL" -c "SELECT pid, state FROM pg_stat_activity;"',
    '# kubectl delete pod web-1 (a comment, not a command)',
    'grep "kubectl scale" notes.txt',
  ])('%s is read-only', (command) => {
    expect(findMutatingCommands(command)).toEqual([]);
  });

  it('flags a destructive command as such', () => {
    expect(findMutatingCommands('kubectl rollout undo deploy/web')[0]?.destructive).toBe(true);
    expect(findMutatingCommands('kubectl rollout pause deploy/web')[0]?.destructive).toBe(false);
  });
});

describe('shellCommands and parseProdMarker', () => {
  it('joins continuations and drops comments and blank lines', () => {
    expect(shellCommands('# note\nkubectl get pods \\\n  -n shop\n\necho done')).toEqual(['kubectl get pods -n shop', 'echo done']);
  });

  it('reads the marker in any quoting and ignores other meta', () => {
    expect(parseProdMarker('title="x" prod="on-call"')).toBe('on-call');
    expect(parseProdMarker("prod='platform-sre'")).toBe('platform-sre');
    expect(parseProdMarker('prod=app-team showLineNumbers')).toBe('app-team');
    expect(parseProdMarker('title="production"')).toBeNull();
    expect(parseProdMarker(undefined)).toBeNull();
  });

  it('labels who may run it from the owners registry', () => {
    const name = (k: string) => (k === 'platform-sre' ? 'Platform / SRE' : undefined);
    expect(productionLabel('on-call', name).who).toMatch(/On-call may run it alone/);
    expect(productionLabel('platform-sre', name).who).toMatch(/Platform \/ SRE/);
  });
});

describe('checkCommandSafety', () => {
  const file = 'docs/failure-modes/503/fm-503-x.mdx';

  it('accepts marked, single destructive commands with the rollback warning', () => {
    const ok = body(
      fence('kubectl get pods -n shop'),
      fence(
        '# Check first that no schema migration ran since the good revision.\nkubectl rollout undo deploy/web -n shop',
        'prod="on-call"',
      ),
      fence('psql "$DATABASE_URL" -c "SELECT pg_terminate_backend(42);"', 'prod="upstream-owner"'),
    );
    expect(checkCommandSafety(file, ok, owners)).toEqual([]);
  });

  it('fails an unmarked production command, naming file, field, line and the fix', () => {
    const [problem, ...rest] = checkCommandSafety(file, fence('kubectl scale deploy/web --replicas=5'), owners);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file, field: 'code block prod=' });
    expect(problem?.message).toMatch(/body line 1 changes production \(kubectl scale/);
    expect(problem?.message).toMatch(/prod="on-call"/);
  });

  it('fails a marker that names nobody the registry knows', () => {
    const problems = checkCommandSafety(file, fence('kubectl scale deploy/web --replicas=5', 'prod="dba"'), owners);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/prod="dba", which is not "on-call" or an owner key/)]);
  });

  it('fails a destructive command that shares its block', () => {
    const code = 'psql "$DATABASE_URL" -c "SELECT pg_cancel_backend(42);"\npsql "$DATABASE_URL" -c "SELECT pg_terminate_backend(42);"';
    const problems = checkCommandSafety(file, fence(code, 'prod="upstream-owner"'), owners);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/destructive command \(pg_terminate_backend\) and 1 other/)]);
  });

  it('fails a rollback without the schema-migration warning, in a block or in prose', () => {
    const inBlock = checkCommandSafety(file, fence('helm rollback web 41', 'prod="on-call"'), owners);
    expect(inBlock.map((p) => p.message)).toEqual([expect.stringMatching(/rolls back without the warning/)]);
    const prose = checkCommandSafety(file, '- If the release is suspect, undo it:\n  `kubectl rollout undo deploy/web`.', owners);
    expect(prose).toEqual([{ file, field: 'body', message: expect.stringMatching(/body line 2 names a rollback without the warning/) }]);
    const warned = checkCommandSafety(file, '- Undo it: `kubectl rollout undo deploy/web`, unless a schema migration ran.', owners);
    expect(warned).toEqual([]);
  });

  it('leaves config blocks (nginx, YAML) alone', () => {
    expect(checkCommandSafety(file, fence('add_header Retry-After $retry_after always;', '', 'nginx'), owners)).toEqual([]);
  });
});
