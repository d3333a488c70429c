/**
 * Amazon API Gateway error signatures: text that Amazon API Gateway prints, each with the failure modes it points to.
 * This file holds one system (`system: 'aws-api-gateway'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'aws-api-gateway', name: 'Amazon API Gateway', hop: 'load-balancer' };

export const signatures: readonly ErrorSignature[] = [
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
    pattern: String.raw`Endpoint request timed out|Execution failed due to a timeout error`,
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
  {
    id: 'aws-apigw-lambda-throttled-429',
    system: 'aws-api-gateway',
    title: 'API Gateway: Lambda invocation failed with status: 429 / Rate Exceeded',
    pattern: String.raw`Lambda invocation failed with status: 429|Execution failed due to configuration error: Rate Exceeded`,
    examples: [
      '(394365dc-1b10-411f-9668-70521cec1205) Lambda invocation failed with status: 429. Lambda request id: dcb2ab89-2d03-4b77-98cd-18d14fd2b850',
      '(394365dc-1b10-411f-9668-70521cec1205) Execution failed due to configuration error: Rate Exceeded.',
    ],
    modes: [
      { id: 'FM-504-API-GATEWAY-INTEGRATION', weight: 0.9 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.2 },
    ],
    status: [500],
    explain:
      'Lambda throttled the invocation because the function or the account ran out of concurrency, and API Gateway answered the client with 500.',
    source: {
      title: 'AWS re:Post: troubleshoot API Gateway Lambda integration errors',
      url: 'https://repost.aws/knowledge-center/api-gateway-lambda-integration-errors',
    },
  },
];
