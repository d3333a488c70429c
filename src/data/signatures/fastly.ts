/**
 * Fastly error signatures: the synthetic 503 pages Fastly's edge writes when it cannot get an
 * answer from the origin. This file holds one system (`system: 'fastly'` in every entry); a line
 * printed by another system goes in that system's file. tests/unit/signatures.test.ts fails when a
 * file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'fastly', name: 'Fastly', hop: 'cdn' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'fastly-first-byte-timeout',
    system: 'fastly',
    title: 'Fastly: 503 first byte timeout',
    pattern: String.raw`first byte timeout`,
    examples: ['503 first byte timeout'],
    modes: [
      { id: 'FM-504-CDN-ORIGIN-TIMEOUT', weight: 0.9 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.6 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
    ],
    status: [503],
    explain:
      'The edge connected to the origin but the first byte of the response did not arrive within the first-byte timeout, so the CDN answered 503 itself: the origin is slow, not down.',
    source: {
      title: 'Public issue: jsdelivr/jsdelivr #18098, 503 first byte timeout',
      url: 'https://github.com/jsdelivr/jsdelivr/issues/18098',
    },
  },
  {
    id: 'fastly-backend-unhealthy',
    system: 'fastly',
    title: 'Fastly: 503 Backend is unhealthy / No healthy IP available for the backend',
    pattern: String.raw`Backend is unhealthy|No healthy IP available for the backend`,
    examples: ['OUTAGE: "Backend is unhealthy"'],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.9 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.5 },
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.5 },
    ],
    status: [503],
    explain:
      'The edge’s health checks mark every origin server as down, so it answered 503 without sending the request on: look at the origin and at what the health check asks.',
    source: {
      title: 'Public issue: python/pythondotorg #748, OUTAGE: "Backend is unhealthy"',
      url: 'https://github.com/python/pythondotorg/issues/748',
    },
  },
];
