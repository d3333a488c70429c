/**
 * AWS Application Load Balancer error signatures: text that AWS Application Load Balancer prints, each with the failure modes it points to.
 * This file holds one system (`system: 'aws-alb'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'aws-alb', name: 'AWS Application Load Balancer', hop: 'load-balancer' };

const albLogs = {
  title: 'AWS docs: Access logs for your Application Load Balancer',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html',
};
const albTroubleshooting = {
  title: 'AWS docs: Troubleshoot your Application Load Balancers',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
};
const albMetrics = {
  title: 'AWS docs: CloudWatch metrics for your Application Load Balancer',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html',
};
const albLambdaLine = (reason: string): string =>
  `http 2026-11-22T09:14:18.186641Z app/shop-alb/50dc6c495c0c9188 192.168.131.39:2817 - 0.000 0.001 0.000 502 - 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/8.5.0" - - arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/fn-targets/73e2d6bc24d8a067 "Root=1-673f4a2a-23a8c76965a2ef7629b185e3" "-" "-" 0 2026-11-22T09:14:18.164000Z "forward" "-" "${reason}" "-" "-" "-" "-"`;

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'aws-alb-elb-502-no-target-status',
    system: 'aws-alb',
    title: 'ALB access log: elb_status_code 502, target_status_code "-"',
    pattern: String.raw`\s(?:-1|\d+\.\d+) (?:-1|\d+\.\d+) (?:-1|\d+\.\d+) 502 - \d+ \d+ "`,
    examples: [
      'https 2026-11-22T09:14:18.442311Z app/shop-alb/50dc6c495c0c9188 203.0.113.9:51234 10.0.3.7:8080 0.000 -1 -1 502 - 311 272 "GET https://shop.example.com:443/api/cart HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web/73e2d6bc24d8a067 "Root=1-673f4a2a-1d84f3d73c47ec4e58577259" "shop.example.com" "arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012" 0 2026-11-22T09:14:18.441000Z "forward" "-" "-" "10.0.3.7:8080" "-" "-" "-"',
    ],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.7 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.6 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.5 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.4 },
    ],
    status: [502],
    explain:
      'The load balancer made this 502 itself: the target refused, reset or closed the connection, or sent a response the ALB could not use.',
    source: albTroubleshooting,
  },
  {
    id: 'aws-alb-elb-503-no-target',
    system: 'aws-alb',
    title: 'ALB access log: elb_status_code 503, target_status_code "-"',
    pattern: String.raw`\s(?:-1|\d+\.\d+) (?:-1|\d+\.\d+) (?:-1|\d+\.\d+) 503 - \d+ \d+ "`,
    examples: [
      'https 2026-11-22T09:14:18.442311Z app/shop-alb/50dc6c495c0c9188 203.0.113.9:51234 - -1 -1 -1 503 - 311 326 "GET https://shop.example.com:443/api/cart HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web/73e2d6bc24d8a067 "Root=1-673f4a2a-1d84f3d73c47ec4e58577259" "shop.example.com" "-" 0 2026-11-22T09:14:18.442000Z "forward" "-" "-" "-" "-" "-" "-"',
    ],
    modes: [
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.9 },
      { id: 'FM-503-PLANNED-MAINTENANCE', weight: 0.3 },
    ],
    status: [503],
    explain: 'The ALB had no target to send to: the target group has no registered targets (an all-unhealthy group fails open instead).',
    source: albTroubleshooting,
  },
  {
    id: 'aws-alb-elb-504-no-target-status',
    system: 'aws-alb',
    title: 'ALB access log: elb_status_code 504, target_status_code "-"',
    pattern: String.raw`\s(?:-1|\d+\.\d+) (?:-1|\d+\.\d+) (?:-1|\d+\.\d+) 504 - \d+ \d+ "`,
    examples: [
      'https 2026-11-22T09:15:18.442311Z app/shop-alb/50dc6c495c0c9188 203.0.113.9:51234 10.0.3.7:8080 0.001 -1 -1 504 - 311 278 "GET https://shop.example.com:443/api/reports/2026 HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web/73e2d6bc24d8a067 "Root=1-673f4a66-6a2ef7629b185e323a8c7696" "shop.example.com" "-" 0 2026-11-22T09:14:18.441000Z "forward" "-" "-" "10.0.3.7:8080" "-" "-" "-"',
    ],
    modes: [
      { id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.8 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.6 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.5 },
      { id: 'FM-504-CONNECT-VS-READ', weight: 0.4 },
    ],
    status: [504],
    explain:
      'The ALB gave up: no connection within its 10 s connect timeout, or no response before the idle timeout. A request duration equal to the idle timeout points to the latter.',
    source: albTroubleshooting,
  },
  {
    id: 'aws-alb-460-client-closed',
    system: 'aws-alb',
    title: 'ALB access log: elb_status_code 460 (client closed the connection)',
    pattern: String.raw`\s(?:-1|\d+\.\d+) (?:-1|\d+\.\d+) (?:-1|\d+\.\d+) 460 - \d+ \d+ "`,
    examples: [
      'https 2026-11-22T09:14:48.442311Z app/shop-alb/50dc6c495c0c9188 203.0.113.9:51234 10.0.3.7:8080 0.000 -1 -1 460 - 311 0 "GET https://shop.example.com:443/api/reports/2026 HTTP/1.1" "okhttp/4.12.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web/73e2d6bc24d8a067 "Root=1-673f4a48-36d228ad5d99923122bbe354" "shop.example.com" "-" 0 2026-11-22T09:14:18.441000Z "forward" "-" "-" "10.0.3.7:8080" "-" "-" "-"',
    ],
    modes: [
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.6 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.3 },
    ],
    status: [],
    explain: 'The client closed its connection before the ALB answered, usually because its own timeout is shorter than the request.',
    source: albTroubleshooting,
  },
  {
    id: 'aws-alb-lambda-invalid-response',
    system: 'aws-alb',
    title: 'ALB error_reason LambdaInvalidResponse',
    pattern: String.raw`\bLambdaInvalidResponse\b`,
    examples: [albLambdaLine('LambdaInvalidResponse')],
    modes: [{ id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.95 }],
    status: [502],
    explain: "The Lambda target's response was malformed or missing required fields (statusCode, headers, body).",
    source: albLogs,
  },
  {
    id: 'aws-alb-lambda-unhandled',
    system: 'aws-alb',
    title: 'ALB error_reason LambdaUnhandled',
    pattern: String.raw`\bLambdaUnhandled\b`,
    examples: [albLambdaLine('LambdaUnhandled'), 'error_reason: LambdaUnhandled'],
    modes: [
      { id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.9 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.3 },
    ],
    status: [502],
    explain: 'The Lambda function threw an unhandled exception (or timed out), so the ALB had no response to relay.',
    source: albLogs,
  },
  {
    id: 'aws-alb-lambda-response-too-large',
    system: 'aws-alb',
    title: 'ALB error_reason LambdaResponseTooLarge',
    pattern: String.raw`\bLambdaResponseTooLarge\b`,
    examples: [albLambdaLine('LambdaResponseTooLarge')],
    modes: [{ id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.95 }],
    status: [502],
    explain: 'The Lambda response exceeded the 1 MB limit for Lambda targets.',
    source: albLogs,
  },
  {
    id: 'aws-alb-lambda-throttling',
    system: 'aws-alb',
    title: 'ALB error_reason LambdaThrottling',
    pattern: String.raw`\bLambdaThrottling\b`,
    examples: [albLambdaLine('LambdaThrottling')],
    modes: [
      { id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.6 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.5 },
      { id: 'FM-503-COLD-START', weight: 0.3 },
    ],
    status: [502, 503],
    explain: 'Lambda throttled the invocation because the function or account concurrency limit was reached.',
    source: albLogs,
  },
  {
    id: 'aws-alb-lambda-service-error',
    system: 'aws-alb',
    title: 'ALB error_reason LambdaServiceException / LambdaConnectionTimeout / LambdaUnhandledException',
    pattern: String.raw`\bLambda(?:ServiceException|ConnectionTimeout|UnhandledException)\b`,
    examples: [albLambdaLine('LambdaServiceException'), albLambdaLine('LambdaConnectionTimeout')],
    modes: [
      { id: 'FM-500-VENDOR-DEFECT', weight: 0.5 },
      { id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.5 },
    ],
    status: [502, 503],
    explain:
      'Lambda or the load balancer itself failed (internal error, connection timeout to Lambda); these count as LambdaInternalError, on the AWS side.',
    source: albLogs,
  },
  {
    id: 'aws-alb-lambda-config-error',
    system: 'aws-alb',
    title: 'ALB error_reason: Lambda permission, KMS, VPC or function configuration errors',
    pattern: String.raw`\bLambda(?:AccessDenied|ResourceNotFound|KMS(?:AccessDenied|Disabled|InvalidState|NotFound)Exception|Invalid(?:Runtime|SecurityGroupID|SubnetID|ZipFile)Exception|EC2(?:AccessDenied|Throttled|Unexpected)Exception|ENILimitReachedException|SubnetIPAddressLimitReachedException)\b`,
    examples: [
      albLambdaLine('LambdaAccessDenied'),
      albLambdaLine('LambdaKMSAccessDeniedException'),
      albLambdaLine('LambdaSubnetIPAddressLimitReachedException'),
    ],
    modes: [
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.7 },
      { id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.5 },
    ],
    status: [502],
    explain:
      'The ALB could not invoke the function because of its configuration: invoke permission, KMS key, VPC subnets or security groups, or a missing function.',
    source: albLogs,
  },
  {
    id: 'aws-alb-waf-error-reason',
    system: 'aws-alb',
    title: 'ALB error_reason WAFConnectionError / WAFConnectionTimeout / WAFResponseReadTimeout / WAFServiceError',
    pattern: String.raw`\bWAF(?:ConnectionError|ConnectionTimeout|ResponseReadTimeout|ServiceError|UnhandledException)\b`,
    examples: [
      'https 2026-11-22T09:14:18.442311Z app/shop-alb/50dc6c495c0c9188 203.0.113.9:51234 - 0.000 -1 -1 500 - 311 272 "POST https://shop.example.com:443/api/checkout HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web/73e2d6bc24d8a067 "Root=1-673f4a2a-1d84f3d73c47ec4e58577259" "shop.example.com" "-" 0 2026-11-22T09:14:18.441000Z "waf-failed" "-" "WAFConnectionTimeout" "-" "-" "-" "-"',
    ],
    modes: [
      { id: 'FM-500-WAF-RULE', weight: 0.9 },
      { id: 'FM-500-VENDOR-DEFECT', weight: 0.3 },
    ],
    status: [500],
    explain:
      'The ALB could not get a verdict from AWS WAF (connection, timeout or WAF 5xx); with WAF fail-open off, it answers 500 itself.',
    source: albLogs,
  },
  {
    id: 'aws-alb-actions-waf-failed',
    system: 'aws-alb',
    title: 'ALB actions_executed: waf-failed',
    pattern: String.raw`"[^"]*\bwaf-failed\b[^"]*"`,
    examples: [
      'https 2026-11-22T09:14:18.442311Z app/shop-alb/50dc6c495c0c9188 203.0.113.9:51234 - 0.000 -1 -1 500 - 311 272 "POST https://shop.example.com:443/api/checkout HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web/73e2d6bc24d8a067 "Root=1-673f4a2a-1d84f3d73c47ec4e58577259" "shop.example.com" "-" 0 2026-11-22T09:14:18.441000Z "waf-failed" "-" "WAFServiceError" "-" "-" "-" "-"',
    ],
    modes: [{ id: 'FM-500-WAF-RULE', weight: 0.85 }],
    status: [500],
    explain: 'The load balancer tried to send the request to AWS WAF and that step failed.',
    source: albLogs,
  },
  {
    id: 'aws-alb-awselb-server-header',
    system: 'aws-alb',
    title: 'Response header server: awselb/2.0 (the ALB generated the response)',
    pattern: String.raw`\bawselb/2\.0\b`,
    examples: [
      '< server: awselb/2.0',
      'HTTP/2 502 date: Sun, 22 Nov 2026 09:14:18 GMT content-type: text/html content-length: 122 server: awselb/2.0',
    ],
    modes: [
      { id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.5 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.4 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.4 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.3 },
    ],
    status: [502, 503, 504],
    explain:
      'A 5xx carrying this server header was produced by the load balancer, not the application; check elb_status_code and target_status_code.',
    source: albTroubleshooting,
  },
  {
    id: 'aws-alb-metric-elb-502',
    system: 'aws-alb',
    title: 'ALB metric HTTPCode_ELB_502_Count',
    pattern: String.raw`\bHTTPCode_ELB_502_Count\b`,
    examples: [
      '"Trigger": {"MetricName": "HTTPCode_ELB_502_Count", "Namespace": "AWS/ApplicationELB", "Statistic": "SUM", "Period": 60, "Threshold": 10.0}',
    ],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.6 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.6 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.5 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.3 },
    ],
    status: [502],
    explain: '502s generated by the load balancer, not passed through from targets.',
    source: albMetrics,
  },
  {
    id: 'aws-alb-metric-elb-503',
    system: 'aws-alb',
    title: 'ALB metric HTTPCode_ELB_503_Count',
    pattern: String.raw`\bHTTPCode_ELB_503_Count\b`,
    examples: [
      '"Trigger": {"MetricName": "HTTPCode_ELB_503_Count", "Namespace": "AWS/ApplicationELB", "Statistic": "SUM", "Period": 60, "Threshold": 1.0}',
    ],
    modes: [{ id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.8 }],
    status: [503],
    explain: '503s generated by the load balancer, typically because a target group has no registered targets.',
    source: albMetrics,
  },
  {
    id: 'aws-alb-metric-elb-504',
    system: 'aws-alb',
    title: 'ALB metric HTTPCode_ELB_504_Count',
    pattern: String.raw`\bHTTPCode_ELB_504_Count\b`,
    examples: [
      '"Trigger": {"MetricName": "HTTPCode_ELB_504_Count", "Namespace": "AWS/ApplicationELB", "Statistic": "SUM", "Period": 60, "Threshold": 5.0}',
    ],
    modes: [
      { id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.7 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.4 },
    ],
    status: [504],
    explain: '504s generated by the load balancer: connect timeout to the target, or no response within the idle timeout.',
    source: albMetrics,
  },
  {
    id: 'aws-alb-metric-elb-500',
    system: 'aws-alb',
    title: 'ALB metric HTTPCode_ELB_500_Count',
    pattern: String.raw`\bHTTPCode_ELB_500_Count\b`,
    examples: [
      '"Trigger": {"MetricName": "HTTPCode_ELB_500_Count", "Namespace": "AWS/ApplicationELB", "Statistic": "SUM", "Period": 60, "Threshold": 1.0}',
    ],
    modes: [
      { id: 'FM-500-WAF-RULE', weight: 0.7 },
      { id: 'FM-500-VENDOR-DEFECT', weight: 0.3 },
    ],
    status: [500],
    explain: '500s generated by the load balancer itself; AWS lists errors while executing AWS WAF web ACL rules as a cause.',
    source: albMetrics,
  },
  {
    id: 'aws-alb-metric-target-5xx',
    system: 'aws-alb',
    title: 'ALB metric HTTPCode_Target_5XX_Count (the targets answered 5xx)',
    pattern: String.raw`\bHTTPCode_Target_5XX_Count\b`,
    examples: [
      '"Trigger": {"MetricName": "HTTPCode_Target_5XX_Count", "Namespace": "AWS/ApplicationELB", "Statistic": "SUM", "Period": 60, "Threshold": 20.0}',
    ],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.5 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.4 },
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.3 },
    ],
    status: [500, 502, 503, 504],
    explain: 'The targets themselves returned 5xx and the ALB passed them through: debug the application, not the load balancer.',
    source: albMetrics,
  },
  {
    id: 'aws-alb-metric-target-connection-error',
    system: 'aws-alb',
    title: 'ALB metric TargetConnectionErrorCount',
    pattern: String.raw`\bTargetConnectionErrorCount\b`,
    examples: [
      '"Trigger": {"MetricName": "TargetConnectionErrorCount", "Namespace": "AWS/ApplicationELB", "Statistic": "SUM", "Period": 60, "Threshold": 1.0}',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.7 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.6 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.3 },
    ],
    status: [502, 504],
    explain: 'Connections from the load balancer to a target were not successfully established.',
    source: albMetrics,
  },
  {
    id: 'aws-alb-metric-target-tls-negotiation-error',
    system: 'aws-alb',
    title: 'ALB metric TargetTLSNegotiationErrorCount',
    pattern: String.raw`\bTargetTLSNegotiationErrorCount\b`,
    examples: [
      '"Trigger": {"MetricName": "TargetTLSNegotiationErrorCount", "Namespace": "AWS/ApplicationELB", "Statistic": "SUM", "Period": 60, "Threshold": 1.0}',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.9 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 },
    ],
    status: [502],
    explain: 'TLS connections initiated by the load balancer to HTTPS targets failed to negotiate.',
    source: albMetrics,
  },
  {
    id: 'aws-alb-metric-rejected-connection',
    system: 'aws-alb',
    title: 'ALB metric RejectedConnectionCount',
    pattern: String.raw`\bRejectedConnectionCount\b`,
    examples: [
      '"Trigger": {"MetricName": "RejectedConnectionCount", "Namespace": "AWS/ApplicationELB", "Statistic": "SUM", "Period": 60, "Threshold": 1.0}',
    ],
    modes: [
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.7 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.3 },
    ],
    status: [503],
    explain: 'The load balancer rejected connections because it reached its maximum number of connections.',
    source: albMetrics,
  },
  {
    id: 'aws-alb-metric-lambda-user-error',
    system: 'aws-alb',
    title: 'ALB metric LambdaUserError',
    pattern: String.raw`\bLambdaUserError\b`,
    examples: [
      '"Trigger": {"MetricName": "LambdaUserError", "Namespace": "AWS/ApplicationELB", "Statistic": "SUM", "Period": 60, "Threshold": 1.0}',
    ],
    modes: [{ id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.9 }],
    status: [502],
    explain:
      'Requests to a Lambda target failed because of a problem with the function or its response (see error_reason in the access log).',
    source: albMetrics,
  },
  {
    id: 'aws-target-registration-in-progress',
    system: 'aws-alb',
    title: 'AWS target health: Elb.RegistrationInProgress / Elb.InitialHealthChecking',
    pattern: String.raw`\bElb\.(?:RegistrationInProgress|InitialHealthChecking)\b`,
    examples: ['Elb.RegistrationInProgress', 'Elb.InitialHealthChecking'],
    modes: [
      { id: 'FM-503-TARGET-REGISTRATION-LAG', weight: 0.85 },
      { id: 'FM-503-ROLLOUT-CAPACITY', weight: 0.3 },
    ],
    status: [503, 502],
    explain:
      'The target is still being registered or has not yet passed its first health checks, so the load balancer does not send it traffic; during a rollout this is the gap a readiness gate closes.',
    source: {
      title: 'AWS docs: Health checks for Application Load Balancer target groups',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html',
    },
  },
];
