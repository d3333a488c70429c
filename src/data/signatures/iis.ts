/**
 * IIS error signatures: the pages and sub-status codes IIS writes as a reverse proxy (Application
 * Request Routing, the ASP.NET Core Module), also shown by Azure services that run on it. This
 * file holds one system (`system: 'iis'` in every entry); a line printed by another system goes in
 * that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'iis', name: 'IIS and Application Request Routing', hop: 'proxy-mesh' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'iis-502-invalid-response-as-gateway',
    system: 'iis',
    title: 'IIS: 502 - Web server received an invalid response while acting as a gateway or proxy server',
    pattern: String.raw`received an invalid response while acting as a gateway or proxy server`,
    examples: ['502 - Web server received an invalid response while acting as a gateway or proxy server.'],
    modes: [
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.65 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.6 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.5 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.45 },
    ],
    status: [502],
    explain:
      'IIS (or the Azure front end built on it) forwarded the request and got no usable answer from the server behind it: the connection was refused or reset, or the TLS handshake to it failed.',
    source: {
      title: 'Public issue: sjkp/letsencrypt-siteextension #331',
      url: 'https://github.com/sjkp/letsencrypt-siteextension/issues/331',
    },
  },
];
