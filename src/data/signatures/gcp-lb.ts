/**
 * Google Cloud Load Balancing error signatures: text that Google Cloud Load Balancing prints, each with the failure modes it points to.
 * This file holds one system (`system: 'gcp-lb'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'gcp-lb', name: 'Google Cloud Load Balancing', hop: 'load-balancer' };

const statusDetailsDoc = {
  title: 'Google Cloud docs: External Application Load Balancer logging, statusDetails HTTP failure messages',
  url: 'https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring#failure-messages',
};

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'gcp-lb-failed-to-connect-to-backend',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: failed_to_connect_to_backend',
    pattern: String.raw`\bfailed_to_connect_to_backend\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"failed_to_connect_to_backend","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "failed_to_connect_to_backend"',
      '    412 failed_to_connect_to_backend',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.7 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.6 },
      { id: 'FM-504-CONNECT-VS-READ', weight: 0.3 },
    ],
    status: [502, 503],
    explain: 'The load balancer failed to connect to the backend, timeouts during the connection phase included.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-failed-to-pick-backend',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: failed_to_pick_backend',
    pattern: String.raw`\bfailed_to_pick_backend\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"failed_to_pick_backend","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "failed_to_pick_backend"',
      '    412 failed_to_pick_backend',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.9 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.6 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
    ],
    status: [502, 503],
    explain: 'The load balancer failed to pick a healthy backend to handle the request.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-backend-connection-closed-before-data-sent-to-client',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: backend_connection_closed_before_data_sent_to_client',
    pattern: String.raw`\bbackend_connection_closed_before_data_sent_to_client\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"backend_connection_closed_before_data_sent_to_client","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "backend_connection_closed_before_data_sent_to_client"',
      '    412 backend_connection_closed_before_data_sent_to_client',
    ],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.9 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.6 },
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.4 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.4 },
    ],
    status: [502, 503],
    explain:
      "The backend unexpectedly closed its connection before the response was proxied to the client; most often its keep-alive idle timeout is shorter than the load balancer's.",
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-backend-connection-closed-after-partial-response-sent',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: backend_connection_closed_after_partial_response_sent',
    pattern: String.raw`\bbackend_connection_closed_after_partial_response_sent\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"backend_connection_closed_after_partial_response_sent","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "backend_connection_closed_after_partial_response_sent"',
      '    412 backend_connection_closed_after_partial_response_sent',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.6 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.5 },
    ],
    status: [],
    explain: 'The backend connection closed after part of the response was sent; status 0 means the headers were incomplete.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-backend-timeout',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: backend_timeout',
    pattern: String.raw`\bbackend_timeout\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"backend_timeout","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "backend_timeout"',
      '    412 backend_timeout',
    ],
    modes: [
      { id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.7 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.7 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.5 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.4 },
    ],
    status: [502, 503],
    explain: 'The backend did not finish generating a response within the backend service timeout (30 s by default).',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-backend-response-headers-too-long',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: backend_response_headers_too_long',
    pattern: String.raw`\bbackend_response_headers_too_long\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"backend_response_headers_too_long","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "backend_response_headers_too_long"',
      '    412 backend_response_headers_too_long',
    ],
    modes: [{ id: 'FM-502-HEADER-TOO-BIG', weight: 0.95 }],
    status: [502, 503],
    explain: "The response headers sent by the backend exceeded the load balancer's header size limit.",
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-backend-response-corrupted',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: backend_response_corrupted',
    pattern: String.raw`\bbackend_response_corrupted\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"backend_response_corrupted","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "backend_response_corrupted"',
      '    412 backend_response_corrupted',
    ],
    modes: [
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.6 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 },
    ],
    status: [502, 503],
    explain: 'The response body from the backend had invalid chunked encoding or was otherwise corrupted.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-backend-early-response-with-non-error-status',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: backend_early_response_with_non_error_status',
    pattern: String.raw`\bbackend_early_response_with_non_error_status\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"backend_early_response_with_non_error_status","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "backend_early_response_with_non_error_status"',
      '    412 backend_early_response_with_non_error_status',
    ],
    modes: [
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.7 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.3 },
    ],
    status: [502, 503],
    explain: 'The backend answered 1xx or 2xx before it had read the whole request body.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-backend-interim-response-not-supported',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: backend_interim_response_not_supported',
    pattern: String.raw`\bbackend_interim_response_not_supported\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"backend_interim_response_not_supported","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "backend_interim_response_not_supported"',
      '    412 backend_interim_response_not_supported',
    ],
    modes: [{ id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.7 }],
    status: [502, 503],
    explain: 'The backend sent an interim 1xx status where interim responses are not supported.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-failed-to-negotiate-alpn',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: failed_to_negotiate_alpn',
    pattern: String.raw`\bfailed_to_negotiate_alpn\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"failed_to_negotiate_alpn","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "failed_to_negotiate_alpn"',
      '    412 failed_to_negotiate_alpn',
    ],
    modes: [
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.9 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.4 },
    ],
    status: [502, 503],
    explain: 'The load balancer and the backend could not agree on an application protocol (such as HTTP/2) over TLS.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-error-uncompressing-gzipped-body',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: error_uncompressing_gzipped_body',
    pattern: String.raw`\berror_uncompressing_gzipped_body\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"error_uncompressing_gzipped_body","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "error_uncompressing_gzipped_body"',
      '    412 error_uncompressing_gzipped_body',
    ],
    modes: [
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.5 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.3 },
    ],
    status: [502, 503],
    explain: 'The load balancer could not uncompress a gzipped HTTP response from the backend.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-request-loop-detected',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: request_loop_detected',
    pattern: String.raw`\brequest_loop_detected\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"request_loop_detected","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "request_loop_detected"',
      '    412 request_loop_detected',
    ],
    modes: [{ id: 'FM-500-CONFIG-DRIFT', weight: 0.8 }],
    status: [502, 503],
    explain: 'The load balancer detected a request loop: a backend forwarded the request back to the load balancer.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-serverless-neg-routing-failed',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: serverless_neg_routing_failed',
    pattern: String.raw`\bserverless_neg_routing_failed\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"serverless_neg_routing_failed","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "serverless_neg_routing_failed"',
      '    412 serverless_neg_routing_failed',
    ],
    modes: [
      { id: 'FM-502-SERVERLESS-RESPONSE', weight: 0.7 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.5 },
    ],
    status: [502, 503],
    explain:
      'The request to a serverless NEG could not be dispatched, for example the region is unreachable or the service or function name does not exist.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-denied-by-security-policy',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: denied_by_security_policy',
    pattern: String.raw`\bdenied_by_security_policy\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"denied_by_security_policy","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "denied_by_security_policy"',
      '    412 denied_by_security_policy',
    ],
    modes: [{ id: 'FM-500-WAF-RULE', weight: 0.8 }],
    status: [],
    explain: 'A Google Cloud Armor security policy denied the request; the status is whatever the rule is configured to return.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-client-disconnected-before-any-response',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: client_disconnected_before_any_response',
    pattern: String.raw`\bclient_disconnected_before_any_response\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"client_disconnected_before_any_response","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "client_disconnected_before_any_response"',
      '    412 client_disconnected_before_any_response',
    ],
    modes: [{ id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.5 }],
    status: [],
    explain: 'The client connection broke before the load balancer sent any response.',
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-response-sent-by-backend',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: response_sent_by_backend',
    pattern: String.raw`\bresponse_sent_by_backend\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"response_sent_by_backend","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "response_sent_by_backend"',
      '    412 response_sent_by_backend',
    ],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.4 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.3 },
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.3 },
    ],
    status: [500, 502, 503, 504],
    explain:
      "The load balancer proxied the request and the backend produced the response, status code included: a 5xx here is the application's own.",
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-ssl-certificate-verification-failed',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: ssl_certificate_chain_verification_failed / ssl_certificate_san_verification_failed',
    pattern: String.raw`\bssl_certificate_(?:chain|san)_verification_failed\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"ssl_certificate_chain_verification_failed","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "ssl_certificate_san_verification_failed"',
    ],
    modes: [{ id: 'FM-502-UPSTREAM-TLS', weight: 0.95 }],
    status: [502, 503],
    explain: "The backend's TLS certificate failed verification, or none of its Subject Alternative Names matches the configured hostname.",
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-lb-transient-infrastructure-error',
    system: 'gcp-lb',
    title: 'Google Cloud LB statusDetails: config_not_found / retriable_error / internal_error',
    pattern: String.raw`\b(?:config_not_found|retriable_error)\b|statusDetails\W+internal_error\b`,
    examples: [
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"retriable_error","backendTargetProjectNumber":"projects/123456789012"}',
      'jsonPayload.statusDetails: "config_not_found"',
      '{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"internal_error"}',
    ],
    modes: [{ id: 'FM-500-VENDOR-DEFECT', weight: 0.6 }],
    status: [502, 503],
    explain: "Transient errors inside Google's load balancing layer; Google asks for a support case if they exceed 0.01% of requests.",
    source: statusDetailsDoc,
  },
  {
    id: 'gcp-gfe-502-server-error-page',
    system: 'gcp-lb',
    title: 'Google Front End 502 page: The server encountered a temporary error',
    pattern: String.raw`The server encountered a temporary error and could not complete your request|Error 502 \(Server Error\)!!1`,
    examples: [
      '<title>Error 502 (Server Error)!!1</title>',
      '<p><b>502.</b> <ins>That’s an error.</ins><p>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds. <ins>That’s all we know.</ins>',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.5 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.4 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.4 },
      { id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.3 },
    ],
    status: [502],
    explain:
      "The Google Front End's own 502 page: the load balancer, not the backend, produced the error; its log entry's statusDetails says why.",
    source: {
      title: 'Google Cloud docs: Troubleshoot issues with external Application Load Balancers',
      url: 'https://cloud.google.com/load-balancing/docs/https/troubleshooting-ext-https-lbs',
    },
  },
];
