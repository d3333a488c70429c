/**
 * Signatures for the failure modes added in issue 14 (provider faults, global pushes, broken
 * bodies, 499s, datastore failover, disk full, port exhaustion, node loss, registration lag,
 * gRPC/HTTP/2, API gateway integration, WebSockets).
 *
 * How to add a signature: copy an entry, give it a new unique `id`, paste 1-3 real lines (copied
 * from the vendor's documentation, source code or a public postmortem, never from memory) into
 * `examples`, write a `pattern` that matches all of them, and put the page where the line is
 * printed or documented in `source`. Point `modes` at runbook ids from src/data/runbookLedger.ts.
 */
import type { ErrorSignature } from '../../lib/signatureTypes';

export const newFailureModeSignatures: readonly ErrorSignature[] = [
  {
    id: 'rust-thread-panicked-unwrap-err',
    system: 'generic',
    title: 'Rust: thread panicked: called Result::unwrap() on an Err value',
    pattern: String.raw`thread \S+ panicked.*called .?Result::unwrap\(\).? on an .?Err.? value`,
    examples: ['thread fl2_worker_thread panicked: called Result::unwrap() on an Err value'],
    modes: [
      { id: 'FM-500-GLOBAL-CONFIG-PUSH', weight: 0.6 },
      { id: 'FM-502-PROVIDER-FAULT', weight: 0.4 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.4 },
    ],
    status: [500, 502, 503],
    explain:
      'A Rust worker met an error it did not handle and crashed; in Cloudflare’s November 2025 outage this came from loading an oversized feature file pushed to every machine.',
    source: { title: 'Cloudflare, Cloudflare outage on November 18, 2025', url: 'https://blog.cloudflare.com/18-november-2025-outage/' },
  },
];
