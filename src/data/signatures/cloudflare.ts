/**
 * Cloudflare error signatures: text that Cloudflare prints, each with the failure modes it points to.
 * This file holds one system (`system: 'cloudflare'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'cloudflare', name: 'Cloudflare', hop: 'cdn' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'cloudflare-520-unknown-error',
    system: 'cloudflare',
    title: 'Cloudflare 520: Web server is returning an unknown error',
    pattern: String.raw`\b520: Web server is returning an unknown error\b|\bError (?:code )?520\b`,
    examples: [
      '<title>shop.example.com | 520: Web server is returning an unknown error</title>',
      '<span class="code-label">Error code 520</span>',
      'Error 520 Ray ID: 8c2f0e1b9d3a4f21 • 2026-11-22 09:14:18 UTC',
    ],
    modes: [
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.7 },
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.5 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.3 },
    ],
    status: [],
    explain:
      'The origin returned something empty, unknown or unexpected: a crash or reset mid-request, missing or oversized headers (over 16 KB per header). Cloudflare answers with its own status 520.',
    source: {
      title: 'Cloudflare docs: Error 520',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    },
  },
  {
    id: 'cloudflare-521-web-server-down',
    system: 'cloudflare',
    title: 'Cloudflare 521: Web server is down',
    pattern: String.raw`\b521: Web server is down\b|\bError (?:code )?521\b`,
    examples: [
      '<title>shop.example.com | 521: Web server is down</title>',
      '<span class="code-label">Error code 521</span>',
      'Error 521 Ray ID: 8c2f0e1b9d3a4f21 • 2026-11-22 09:14:18 UTC',
    ],
    modes: [
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.9 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.6 },
    ],
    status: [],
    explain:
      "The origin refused Cloudflare's connection: the web server is not running, or a firewall blocks Cloudflare's IP ranges. Cloudflare answers with its own status 521.",
    source: {
      title: 'Cloudflare docs: Error 521',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    },
  },
  {
    id: 'cloudflare-522-connection-timed-out',
    system: 'cloudflare',
    title: 'Cloudflare 522: Connection timed out',
    pattern: String.raw`\b522: Connection timed out\b|\bError (?:code )?522\b`,
    examples: [
      '<title>shop.example.com | 522: Connection timed out</title>',
      '<span class="code-label">Error code 522</span>',
      'Error 522 Ray ID: 8c2f0e1b9d3a4f21 • 2026-11-22 09:14:18 UTC',
    ],
    modes: [
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.9 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.6 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.3 },
    ],
    status: [],
    explain:
      "Cloudflare's TCP handshake to the origin did not complete (19 s), or the origin never acknowledged the request: blocked or rate-limited Cloudflare IPs, or an overloaded origin. Cloudflare answers with its own status 522.",
    source: {
      title: 'Cloudflare docs: Error 522',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    },
  },
  {
    id: 'cloudflare-523-origin-unreachable',
    system: 'cloudflare',
    title: 'Cloudflare 523: Origin is unreachable',
    pattern: String.raw`\b523: Origin is unreachable\b|\bError (?:code )?523\b`,
    examples: [
      '<title>shop.example.com | 523: Origin is unreachable</title>',
      '<span class="code-label">Error code 523</span>',
      'Error 523 Ray ID: 8c2f0e1b9d3a4f21 • 2026-11-22 09:14:18 UTC',
    ],
    modes: [
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.9 },
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.5 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.3 },
    ],
    status: [],
    explain:
      'Cloudflare has no route to the origin IP, or the DNS record at Cloudflare points to the wrong address. Cloudflare answers with its own status 523.',
    source: {
      title: 'Cloudflare docs: Error 523',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
    },
  },
  {
    id: 'cloudflare-524-timeout-occurred',
    system: 'cloudflare',
    title: 'Cloudflare 524: A timeout occurred',
    pattern: String.raw`\b524: A timeout occurred\b|\bError (?:code )?524\b`,
    examples: [
      '<title>shop.example.com | 524: A timeout occurred</title>',
      '<span class="code-label">Error code 524</span>',
      'Error 524 Ray ID: 8c2f0e1b9d3a4f21 • 2026-11-22 09:14:18 UTC',
    ],
    modes: [
      { id: 'FM-504-CDN-ORIGIN-TIMEOUT', weight: 0.95 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.6 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
    ],
    status: [],
    explain:
      'Cloudflare connected to the origin but got no HTTP response before its proxy read timeout (default 100-120 s). Cloudflare answers with its own status 524.',
    source: {
      title: 'Cloudflare docs: Error 524',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/',
    },
  },
  {
    id: 'cloudflare-525-ssl-handshake-failed',
    system: 'cloudflare',
    title: 'Cloudflare 525: SSL handshake failed',
    pattern: String.raw`\b525: SSL handshake failed\b|\bError (?:code )?525\b`,
    examples: [
      '<title>shop.example.com | 525: SSL handshake failed</title>',
      '<span class="code-label">Error code 525</span>',
      'Error 525 Ray ID: 8c2f0e1b9d3a4f21 • 2026-11-22 09:14:18 UTC',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.9 },
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.6 },
    ],
    status: [],
    explain:
      'The TLS handshake between Cloudflare and the origin failed (SSL mode Full or Full strict): no certificate, port 443 closed, no SNI support or no shared cipher. Cloudflare answers with its own status 525.',
    source: {
      title: 'Cloudflare docs: Error 525',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/',
    },
  },
  {
    id: 'cloudflare-526-invalid-ssl-certificate',
    system: 'cloudflare',
    title: 'Cloudflare 526: Invalid SSL certificate',
    pattern: String.raw`\b526: Invalid SSL certificate\b|\bError (?:code )?526\b`,
    examples: [
      '<title>shop.example.com | 526: Invalid SSL certificate</title>',
      '<span class="code-label">Error code 526</span>',
      'Error 526 Ray ID: 8c2f0e1b9d3a4f21 • 2026-11-22 09:14:18 UTC',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.95 },
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.4 },
    ],
    status: [],
    explain:
      'In Full (strict) mode Cloudflare could not validate the origin certificate: expired, revoked, self-signed or for another hostname. Cloudflare answers with its own status 526.',
    source: {
      title: 'Cloudflare docs: Error 526',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/',
    },
  },
  {
    id: 'cloudflare-527-railgun-error',
    system: 'cloudflare',
    title: 'Cloudflare 527: Railgun Listener to origin error',
    pattern: String.raw`\b527: Railgun\b|\bError (?:code )?527\b`,
    examples: [
      'Error 527 Ray ID: 8c2f0e1b9d3a4f21 • 2026-11-22 09:14:18 UTC',
      '<title>shop.example.com | 527: Railgun Listener to origin error</title>',
    ],
    modes: [{ id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.7 }],
    status: [],
    explain:
      'A legacy Railgun setup could not reach the origin; Railgun is retired, so treat it as a leftover configuration and ask Cloudflare support with the Ray ID.',
    source: {
      title: 'Cloudflare docs: Cloudflare 5xx errors',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
    },
  },
  {
    id: 'cloudflare-1016-origin-dns-error',
    system: 'cloudflare',
    title: 'Cloudflare 530 with Error 1016: Origin DNS error',
    pattern: String.raw`\bError (?:code )?1016\b|\bOrigin DNS error\b`,
    examples: ['<span class="cf-code">Error code 1016</span>', '<h2 class="cf-subheader">Origin DNS error</h2>'],
    modes: [
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.8 },
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.6 },
    ],
    status: [],
    explain:
      'Cloudflare could not resolve the origin hostname (for example a CNAME target that no longer exists); the visitor gets HTTP 530.',
    source: {
      title: 'Cloudflare docs: Error 1016',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1016/',
    },
  },
  {
    id: 'cloudflare-1033-tunnel-error',
    system: 'cloudflare',
    title: 'Cloudflare 530 with Error 1033: Cloudflare Tunnel error',
    pattern: String.raw`\bError (?:code )?1033\b`,
    examples: ['<span class="cf-code">Error code 1033</span>', 'Error 1033 Ray ID: 8c2f0e1b9d3a4f21 • 2026-11-22 09:14:18 UTC'],
    modes: [
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.8 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.3 },
    ],
    status: [],
    explain: 'Cloudflare could not reach the origin through its Tunnel because no cloudflared connector for it is running and connected.',
    source: {
      title: 'Cloudflare docs: Error 1033',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1033/',
    },
  },
  {
    id: 'cloudflare-ray-id',
    system: 'cloudflare',
    title: 'Cloudflare Ray ID (the response passed through Cloudflare)',
    pattern: String.raw`Cloudflare Ray ID:|\bcf-ray:\s*[0-9a-f]{16}`,
    examples: [
      '<span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">a39840f95b323f2d</strong></span>',
      '< cf-ray: 8c2f0e1b9d3a4f21-FRA',
    ],
    modes: [
      { id: 'FM-502-CDN-ORIGIN-UNREACHABLE', weight: 0.4 },
      { id: 'FM-504-CDN-ORIGIN-TIMEOUT', weight: 0.3 },
    ],
    status: [],
    explain:
      'The request went through Cloudflare; give the Ray ID to Cloudflare support or search it in Log Explorer, and read the error code next to it.',
    source: {
      title: 'Cloudflare docs: Cloudflare 5xx errors',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
    },
  },
  {
    id: 'cloudflare-own-error-page',
    system: 'cloudflare',
    title: 'Cloudflare-generated 500/502/503 page (body says cloudflare or cloudflare-nginx)',
    pattern: String.raw`<center>cloudflare(?:-nginx)?</center>`,
    examples: [
      '<html><head><title>500 Internal Server Error</title></head><body><center><h1>500 Internal Server Error</h1></center><hr><center>cloudflare</center></body></html>',
      '<hr><center>cloudflare-nginx</center>',
    ],
    modes: [{ id: 'FM-500-VENDOR-DEFECT', weight: 0.5 }],
    status: [500, 502, 503],
    explain:
      'Cloudflare itself produced this plain page; for 500 and 503 Cloudflare says the problem may be on its side, so check its status page and escalate with the Ray ID.',
    source: {
      title: 'Cloudflare docs: Cloudflare 5xx errors',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
    },
  },
];
