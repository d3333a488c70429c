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
  {
    id: 'iis-502-3-winhttp-timeout',
    system: 'iis',
    title: 'IIS / ASP.NET Core Module: 502.3 with error 0x80072ee2 (ERROR_WINHTTP_TIMEOUT)',
    // 0x80072ee2 = 2147954402 in decimal, as failed-request tracing writes it.
    pattern: String.raw`0x80072ee2|ErrorCode="2147954402"`,
    examples: [
      '93. | MODULE_SET_RESPONSE_ERROR_STATUSWarning | ModuleName="AspNetCoreModule", Notification="EXECUTE_REQUEST_HANDLER", HttpStatus="502", HttpReason="Bad Gateway", HttpSubStatus="3", ErrorCode="2147954402", ConfigExceptionInfo="" | 21:08:55.104',
    ],
    // Below 0.9 on purpose: IIS answers this timeout with its own 502.3, while the runbooks for a
    // slow request (reached from the 504 tree) list 504; the content check holds a strong pointer
    // to the codes its runbook lists.
    modes: [
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.85 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.8 },
      { id: 'FM-503-COLD-START', weight: 0.6 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.55 },
    ],
    status: [502],
    explain:
      'The error code is a timeout, not a refused or reset connection: 0x80072ee2 is ERROR_WINHTTP_TIMEOUT. The ASP.NET Core Module gave up waiting for the app behind it (its requestTimeout) and IIS answered 502.3: a slow request, or an app still starting.',
    source: {
      title: 'Public issue: aspnet/IISIntegration #211 (maintainer: 0x80072EE2 is ERROR_WINHTTP_TIMEOUT)',
      url: 'https://github.com/aspnet/IISIntegration/issues/211',
    },
  },
];
