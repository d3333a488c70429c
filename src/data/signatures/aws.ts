/**
 * AWS signatures: Application Load Balancer (access log, error_reason, CloudWatch metric names),
 * CloudFront (error pages, standard-log result types) and API Gateway (bodies and execution logs).
 *
 * How to add a signature: paste 1-3 real lines into `examples` (access-log lines on one line), write
 * a `pattern` that matches all of them, and reuse the mapping on docs/vendors/aws-load-balancers.mdx.
 */
import type { ErrorSignature } from '../../lib/signatureTypes';

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
const cfLogs = {
  title: 'AWS docs: CloudFront standard log file fields (x-edge-detailed-result-type)',
  url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html',
};
const cfTroubleshooting = {
  title: 'AWS docs: Troubleshooting error responses from your origin (CloudFront)',
  url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html',
};

const albLambdaLine = (reason: string): string =>
  `http 2026-11-22T09:14:18.186641Z app/shop-alb/50dc6c495c0c9188 192.168.131.39:2817 - 0.000 0.001 0.000 502 - 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/8.5.0" - - arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/fn-targets/73e2d6bc24d8a067 "Root=1-673f4a2a-23a8c76965a2ef7629b185e3" "-" "-" 0 2026-11-22T09:14:18.164000Z "forward" "-" "${reason}" "-" "-" "-" "-"`;

export const awsSignatures: readonly ErrorSignature[] = [
  // ---- Application Load Balancer: access log ------------------------------------------------
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
  // ---- Application Load Balancer: CloudWatch metric names ----------------------------------
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
  // ---- CloudFront ---------------------------------------------------------------------------
  {
    id: 'aws-cloudfront-x-cache-error',
    system: 'aws-cloudfront',
    title: 'CloudFront: X-Cache: Error from cloudfront',
    pattern: String.raw`x-cache:\s*Error from cloudfront`,
    examples: ['< x-cache: Error from cloudfront', 'X-Cache: Error from cloudfront'],
    modes: [
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.6 },
      { id: 'FM-504-CDN-ORIGIN-TIMEOUT', weight: 0.5 },
    ],
    status: [502, 503, 504],
    explain: 'CloudFront served an error for this request: the origin failed, or CloudFront itself could not reach it.',
    source: cfTroubleshooting,
  },
  {
    id: 'aws-cloudfront-request-could-not-be-satisfied',
    system: 'aws-cloudfront',
    title: 'CloudFront error page: The request could not be satisfied',
    pattern: String.raw`The request could not be satisfied|Generated by cloudfront \(CloudFront\)`,
    examples: ['<TITLE>ERROR: The request could not be satisfied</TITLE>', 'Generated by cloudfront (CloudFront)'],
    modes: [
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.5 },
      { id: 'FM-504-CDN-ORIGIN-TIMEOUT', weight: 0.4 },
    ],
    status: [502, 503, 504],
    explain: "CloudFront's own error page (also used for 403s); the H1 line and the text below it say which error.",
    source: cfTroubleshooting,
  },
  {
    id: 'aws-cloudfront-502-cannot-connect',
    system: 'aws-cloudfront',
    title: "CloudFront 502: CloudFront wasn't able to connect to the origin.",
    pattern: String.raw`CloudFront wasn't able to connect to the origin`,
    examples: [
      "CloudFront wasn't able to connect to the origin.",
      "502 ERROR The request could not be satisfied. CloudFront wasn't able to connect to the origin. We can't connect to the server for this app or website at this time.",
    ],
    modes: [
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.9 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.5 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.3 },
    ],
    status: [502],
    explain:
      'CloudFront could not connect to the origin; an origin TLS handshake failure (expired or mismatched certificate) is the most common reason.',
    source: {
      title: 'AWS docs: HTTP 502 status code (Bad Gateway) in CloudFront',
      url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html',
    },
  },
  {
    id: 'aws-cloudfront-attempted-connection-failed',
    system: 'aws-cloudfront',
    title: 'CloudFront: attempt failed or the origin closed the connection',
    pattern: String.raw`CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection`,
    examples: [
      'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.',
    ],
    modes: [
      { id: 'FM-504-CDN-ORIGIN-TIMEOUT', weight: 0.6 },
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.6 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.3 },
    ],
    status: [502, 504],
    explain: 'CloudFront reached for the origin but the connection failed, timed out or was closed before a response.',
    source: {
      title: 'AWS docs: HTTP 504 status code (Gateway Timeout) in CloudFront',
      url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-504-gateway-timeout.html',
    },
  },
  {
    id: 'aws-cloudfront-502-error-heading',
    system: 'aws-cloudfront',
    title: 'CloudFront error page heading: 502 ERROR',
    pattern: String.raw`^\s*(?:<H1>)?502 ERROR(?:</H1>)?\s*$`,
    examples: ['<H1>502 ERROR</H1>', '502 ERROR'],
    modes: [
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.8 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.4 },
    ],
    status: [502],
    explain: "The heading of CloudFront's 502 page: it could not connect to the origin or got an invalid response.",
    source: {
      title: 'AWS docs: HTTP 502 status code (Bad Gateway) in CloudFront',
      url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html',
    },
  },
  {
    id: 'aws-cloudfront-504-error-heading',
    system: 'aws-cloudfront',
    title: 'CloudFront error page heading: 504 ERROR',
    pattern: String.raw`^\s*(?:<H1>)?504 ERROR(?:</H1>)?\s*$`,
    examples: ['<H1>504 ERROR</H1>', '504 ERROR'],
    modes: [
      { id: 'FM-504-CDN-ORIGIN-TIMEOUT', weight: 0.8 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.4 },
    ],
    status: [504],
    explain: "The heading of CloudFront's 504 page: the origin did not answer within the origin response timeout (30 s by default).",
    source: {
      title: 'AWS docs: HTTP 504 status code (Gateway Timeout) in CloudFront',
      url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-504-gateway-timeout.html',
    },
  },
  {
    id: 'aws-cloudfront-origin-dns-error',
    system: 'aws-cloudfront',
    title: 'CloudFront log: OriginDnsError',
    pattern: String.raw`\bOriginDnsError\b`,
    examples: [
      '2026-11-22\t09:14:18\tSEA19-C1\t900\t192.0.2.200\tGET\td111111abcdef8.cloudfront.net\t/\t502\t-\tcurl/8.5.0\t-\t-\tError\tkBkDzGnceVtWHqSCqBUqtA_cEs2T3tFUBbnBNkB9El_uVRhHgcZfcw==\twww.example.com\thttp\t387\t0.103\t-\t-\t-\tError\tHTTP/1.1\t-\t-\t12644\t0.103\tOriginDnsError\ttext/html\t507\t-\t-',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.8 },
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.6 },
    ],
    status: [502],
    explain: "The edge could not resolve the origin's domain name.",
    source: cfLogs,
  },
  {
    id: 'aws-cloudfront-origin-connect-error',
    system: 'aws-cloudfront',
    title: 'CloudFront log: OriginConnectError',
    pattern: String.raw`\bOriginConnectError\b`,
    examples: [
      '2026-11-22\t09:14:18\tFRA56-P3\t507\t203.0.113.9\tGET\td111111abcdef8.cloudfront.net\t/api/cart\t502\t-\tMozilla/5.0\t-\t-\tError\t3AqrZGCnF_g0-5KOvfA7c9XLcf4YGvMFSeFdIetR1N_2y8jSis8Zxg==\tshop.example.com\thttps\t412\t0.210\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tError\tHTTP/2.0\t-\t-\t51234\t0.210\tOriginConnectError\ttext/html\t507\t-\t-',
    ],
    modes: [
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.9 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.4 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.3 },
    ],
    status: [502],
    explain: 'The edge could not connect to the origin.',
    source: cfLogs,
  },
  {
    id: 'aws-cloudfront-origin-comm-error',
    system: 'aws-cloudfront',
    title: 'CloudFront log: OriginCommError',
    pattern: String.raw`\bOriginCommError\b`,
    examples: [
      '2026-11-22\t09:14:48\tFRA56-P3\t507\t203.0.113.9\tGET\td111111abcdef8.cloudfront.net\t/api/reports\t504\t-\tMozilla/5.0\t-\t-\tError\t1pkpNfBQ39sYMnjjUQjmH2w1wdJnbHYTbag21o_3OfcQgPzdL2RSSQ==\tshop.example.com\thttps\t412\t30.011\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tError\tHTTP/2.0\t-\t-\t51234\t30.011\tOriginCommError\ttext/html\t507\t-\t-',
    ],
    modes: [
      { id: 'FM-504-CDN-ORIGIN-TIMEOUT', weight: 0.8 },
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.5 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.4 },
    ],
    status: [504, 502],
    explain: 'The request timed out while connecting to the origin or reading data from it.',
    source: cfLogs,
  },
  {
    id: 'aws-cloudfront-origin-read-error',
    system: 'aws-cloudfront',
    title: 'CloudFront log: OriginReadError',
    pattern: String.raw`\bOriginReadError\b`,
    examples: [
      '2026-11-22\t09:14:18\tFRA56-P3\t507\t203.0.113.9\tGET\td111111abcdef8.cloudfront.net\t/api/cart\t502\t-\tMozilla/5.0\t-\t-\tError\tSOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==\tshop.example.com\thttps\t412\t1.301\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tError\tHTTP/2.0\t-\t-\t51234\t1.301\tOriginReadError\ttext/html\t507\t-\t-',
    ],
    modes: [
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.5 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.5 },
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.3 },
    ],
    status: [502],
    explain: 'The edge could not read the response from the origin: the origin closed or reset the connection.',
    source: cfLogs,
  },
  {
    id: 'aws-cloudfront-origin-header-too-big',
    system: 'aws-cloudfront',
    title: 'CloudFront log: OriginHeaderTooBigError',
    pattern: String.raw`\bOriginHeaderTooBigError\b`,
    examples: [
      '2026-11-22\t09:14:18\tFRA56-P3\t507\t203.0.113.9\tGET\td111111abcdef8.cloudfront.net\t/account\t502\t-\tMozilla/5.0\t-\t-\tError\tk6WGMNkEzR5BEM_SaF47gjtX9zBDO2m349OY2an0QPEaUum1ZOLrow==\tshop.example.com\thttps\t412\t0.089\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tError\tHTTP/2.0\t-\t-\t51234\t0.089\tOriginHeaderTooBigError\ttext/html\t507\t-\t-',
    ],
    modes: [{ id: 'FM-502-HEADER-TOO-BIG', weight: 0.95 }],
    status: [502],
    explain: 'A header returned by the origin is too big for the edge server to process.',
    source: cfLogs,
  },
  {
    id: 'aws-cloudfront-origin-invalid-response',
    system: 'aws-cloudfront',
    title: 'CloudFront log: OriginInvalidResponseError / OriginError',
    pattern: String.raw`\bOrigin(?:InvalidResponse)?Error\b`,
    examples: [
      '2026-11-22\t09:14:18\tFRA56-P3\t507\t203.0.113.9\tGET\td111111abcdef8.cloudfront.net\t/api/feed\t502\t-\tMozilla/5.0\t-\t-\tError\tf37nTMVvnKvV2ZSvEsivup_c2kZ7VXzYdjC-GUQZ5qNs-89BlWazbw==\tshop.example.com\thttps\t412\t0.120\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tError\tHTTP/2.0\t-\t-\t51234\t0.120\tOriginInvalidResponseError\ttext/html\t507\t-\t-',
    ],
    modes: [
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.5 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 },
    ],
    status: [502],
    explain: 'The origin returned an invalid or incorrect response that the edge could not use.',
    source: cfLogs,
  },
  // ---- API Gateway --------------------------------------------------------------------------
  {
    id: 'aws-apigw-malformed-lambda-proxy-response',
    system: 'aws-api-gateway',
    title: 'API Gateway: Execution failed due to configuration error: Malformed Lambda proxy response',
    pattern: String.raw`Malformed Lambda proxy response`,
    examples: [
      '(a1b2c3d4-5678-90ab-cdef-1234567890ab) Execution failed due to configuration error: Malformed Lambda proxy response',
      'Sun Nov 22 09:14:18 UTC 2026 : Execution failed due to configuration error: Malformed Lambda proxy response',
    ],
    modes: [{ id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.95 }],
    status: [502],
    explain:
      'The function returned something other than the proxy-integration shape (statusCode, headers, body as a string), so API Gateway answers 502.',
    source: {
      title: 'AWS re:Post: Resolve API Gateway REST API 502 "Malformed Lambda proxy response"',
      url: 'https://repost.aws/knowledge-center/malformed-502-api-gateway',
    },
  },
  {
    id: 'aws-apigw-internal-server-error-body',
    system: 'aws-api-gateway',
    title: 'API Gateway body: {"message": "Internal server error"}',
    pattern: String.raw`"message"\s*:\s*"Internal server error"`,
    examples: [
      '{"message": "Internal server error"}',
      '< HTTP/2 502 < x-amzn-errortype: InternalServerErrorException {"message":"Internal Server Error"}',
    ],
    modes: [
      { id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.7 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
    ],
    status: [502, 500],
    explain:
      "API Gateway's generic body when the integration failed: a 502 for a bad or failed Lambda response, a 500 for integration or permission errors; the execution log names which.",
    source: {
      title: 'AWS re:Post: Resolve API Gateway REST API 502 "Malformed Lambda proxy response"',
      url: 'https://repost.aws/knowledge-center/malformed-502-api-gateway',
    },
  },
  {
    id: 'aws-apigw-endpoint-request-timed-out',
    system: 'aws-api-gateway',
    title: 'API Gateway: Endpoint request timed out',
    pattern: String.raw`"message"\s*:\s*"Endpoint request timed out"|Execution failed due to a timeout error`,
    examples: [
      '{"message": "Endpoint request timed out"}',
      '(a1b2c3d4-5678-90ab-cdef-1234567890ab) Execution failed due to a timeout error',
    ],
    modes: [
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.7 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.6 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
      { id: 'FM-503-COLD-START', weight: 0.3 },
    ],
    status: [504],
    explain: 'The integration did not answer within the API Gateway integration timeout (29 s by default for REST APIs).',
    source: {
      title: 'AWS docs: Amazon API Gateway quotas (integration timeout)',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
    },
  },
  {
    id: 'aws-apigw-lambda-customer-function-error',
    system: 'aws-api-gateway',
    title: 'API Gateway: Lambda execution failed with status 200 due to customer function error',
    pattern: String.raw`Lambda execution failed with status \d+ due to customer function error`,
    examples: [
      "(a1b2c3d4-5678-90ab-cdef-1234567890ab) Lambda execution failed with status 200 due to customer function error: Cannot read properties of undefined (reading 'id'). Lambda request id: 7b1e5d2a-9c3f-4e8b-a1d6-2f4c8e9b0a13",
    ],
    modes: [
      { id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.85 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.3 },
    ],
    status: [502],
    explain: 'The function itself threw (or timed out); API Gateway logs the function error and returns 502.',
    source: {
      title: 'AWS docs: Set up Lambda proxy integrations in API Gateway',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html',
    },
  },
  {
    id: 'aws-apigw-invalid-permissions-on-lambda',
    system: 'aws-api-gateway',
    title: 'API Gateway: Execution failed due to configuration error: Invalid permissions on Lambda function',
    pattern: String.raw`Invalid permissions on Lambda function`,
    examples: [
      '(a1b2c3d4-5678-90ab-cdef-1234567890ab) Execution failed due to configuration error: Invalid permissions on Lambda function',
    ],
    modes: [
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.8 },
      { id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.3 },
    ],
    status: [500],
    explain:
      'API Gateway is not allowed to invoke the function (missing resource-based permission, often after the function or stage was recreated).',
    source: {
      title: 'AWS re:Post: API Gateway 500 "Invalid permissions on Lambda function"',
      url: 'https://repost.aws/knowledge-center/api-gateway-lambda-stage-variable-500',
    },
  },
];
