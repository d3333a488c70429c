/**
 * Varnish error signatures: the synthetic error page Varnish writes when it cannot get a response
 * from its backend. This file holds one system (`system: 'varnish'` in every entry); a line printed
 * by another system goes in that system's file. tests/unit/signatures.test.ts fails when a file
 * holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'varnish', name: 'Varnish', hop: 'proxy-mesh' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'varnish-backend-fetch-failed',
    system: 'varnish',
    title: 'Varnish: Error 503 Backend fetch failed',
    pattern: String.raw`Backend fetch failed`,
    examples: ['Error 503 Backend fetch failed'],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.75 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.6 },
      { id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.6 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
    ],
    status: [503],
    explain:
      'Varnish could not fetch the page from its backend: the backend is marked sick, refused the connection, or did not answer within Varnish’s first-byte timeout, so Varnish wrote its own 503 page.',
    source: {
      title: 'Public issue: docmeta/rubydoc.info #124, 503 Backend fetch failed',
      url: 'https://github.com/docmeta/rubydoc.info/issues/124',
    },
  },
  {
    id: 'varnish-guru-meditation',
    system: 'varnish',
    title: 'Varnish: Guru Meditation error page',
    pattern: String.raw`Guru Meditation`,
    examples: ['Guru Meditation:'],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.7 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.6 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.4 },
    ],
    status: [503],
    explain:
      'Varnish wrote this error page itself (a "Guru Meditation" with a transaction id, XID), most often a 503 because it had no usable backend for the request.',
    source: {
      title: 'Public issue: palewire/palewi.re #115, Varnish service not working',
      url: 'https://github.com/palewire/palewi.re/issues/115',
    },
  },
];
