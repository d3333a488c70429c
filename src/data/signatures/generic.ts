/**
 * Other error signatures: text that any system prints, each with the failure modes it points to.
 * This file holds one system (`system: 'generic'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'generic', name: 'Other', hop: 'application' };

const memoryDoc = {
  title: 'Kubernetes docs: Assign Memory Resources to Containers and Pods',
  url: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/',
};

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'kernel-oom-killed-process',
    system: 'generic',
    title: 'Linux kernel: Out of memory: Killed process',
    pattern: String.raw`(?:Memory cgroup )?out of memory: Kill(?:ed)? process \d+`,
    examples: [
      '[Sun Nov 22 09:14:18 2026] Memory cgroup out of memory: Killed process 48213 (java) total-vm:6291456kB, anon-rss:2097152kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:4512kB oom_score_adj:968',
      'Nov 22 09:14:18 node-3 kernel: Out of memory: Killed process 1234 (gunicorn) total-vm:1048576kB, anon-rss:786432kB, file-rss:0kB, shmem-rss:0kB, UID:33 pgtables:2048kB oom_score_adj:0',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.3 },
    ],
    status: [502, 503],
    explain: 'The kernel OOM killer ended a process because its cgroup (container) or the host ran out of memory.',
    source: memoryDoc,
  },
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
  {
    id: 'curl-transfer-closed-bytes-remaining',
    system: 'generic',
    title: 'curl: (18) transfer closed with N bytes remaining to read',
    pattern: String.raw`transfer closed with (?:\d+ bytes remaining to read|outstanding read data remaining)`,
    examples: [
      'curl: (18) transfer closed with 95 bytes remaining to read',
      'curl: (18) transfer closed with outstanding read data remaining',
    ],
    modes: [
      { id: 'FM-502-BROKEN-RESPONSE-BODY', weight: 0.8 },
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.3 },
    ],
    status: [502],
    explain:
      'The connection closed before the whole body arrived: fewer bytes than Content-Length, or a chunked body without its final chunk.',
    source: { title: 'curl source: lib/transfer.c and lib/http_chunks.c', url: 'https://github.com/curl/curl/blob/master/lib/transfer.c' },
  },
  {
    id: 'kernel-nf-conntrack-table-full',
    system: 'generic',
    title: 'Linux kernel: nf_conntrack: table full, dropping packet',
    pattern: String.raw`nf_conntrack: table full, dropping packet`,
    examples: [
      'Jul 8 09:51:16 centos6 kernel: nf_conntrack: table full, dropping packet.',
      'Jul 8 10:03:53 centos8 kernel: nf_conntrack: nf_conntrack: table full, dropping packet',
    ],
    modes: [
      { id: 'FM-502-PORT-EXHAUSTION', weight: 0.9 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.4 },
    ],
    status: [502, 504],
    explain:
      "The host's connection-tracking table is at nf_conntrack_max, so the kernel drops packets of new connections; connects time out or fail while old connections work.",
    source: {
      title: 'Linux source: net/netfilter/nf_conntrack_core.c',
      url: 'https://github.com/torvalds/linux/blob/master/net/netfilter/nf_conntrack_core.c',
    },
  },
];
