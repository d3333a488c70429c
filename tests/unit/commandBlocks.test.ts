/**
 * Every code block of every runbook, parsed by the parser of its language: shell by mvdan-sh
 * (the parser behind shfmt), YAML by `yaml` (Kubernetes objects need apiVersion, kind and
 * metadata.name), JSON by JSON.parse. Plus the rules that keep commands safe to paste.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import sh from 'mvdan-sh';
import { parseAllDocuments } from 'yaml';
import { extractCodeBlocks } from '../../src/lib/commandVariables';
import { isShellLanguage } from '../../src/lib/commandFill';

const parser = sh.syntax.NewParser();

function files(dir = 'docs/failure-modes'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /^fm-.*\.mdx$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}
const blocks = files().flatMap((file) => extractCodeBlocks(matter(readFileSync(file, 'utf8')).content).map((b) => ({ file, ...b })));
const where = (b: { file: string; line: number }) => `${b.file}, body line ${b.line}`;

describe('runbook code blocks parse', () => {
  it('finds the blocks', () => expect(blocks.length).toBeGreaterThan(150));

  it('every shell block is valid shell', () => {
    for (const b of blocks.filter((x) => isShellLanguage(x.lang))) {
      expect(() => parser.Parse(b.code, 'block'), where(b)).not.toThrow();
    }
  });

  it('every YAML block parses, and each Kubernetes object has apiVersion, kind and metadata.name', () => {
    for (const b of blocks.filter((x) => x.lang === 'yaml' || x.lang === 'yml')) {
      for (const doc of parseAllDocuments(b.code)) {
        expect(doc.errors, where(b)).toEqual([]);
        const value = doc.toJS() as Record<string, unknown> | null;
        if (value && typeof value === 'object' && 'kind' in value) {
          expect(value.apiVersion, `${where(b)}: apiVersion`).toBeTruthy();
          expect((value.metadata as { name?: unknown } | undefined)?.name, `${where(b)}: metadata.name`).toBeTruthy();
        }
      }
    }
  });

  it('every JSON block is JSON', () => {
    for (const b of blocks.filter((x) => x.lang === 'json')) expect(() => JSON.parse(b.code), where(b)).not.toThrow();
  });
});

describe('commands safe to paste', () => {
  it('every rollback carries the schema-migration warning in its block', () => {
    const rollbacks = blocks.filter((b) => /kubectl rollout undo|helm rollback/.test(b.code));
    expect(rollbacks.length).toBeGreaterThan(5);
    for (const b of rollbacks) expect(b.code, where(b)).toMatch(/schema migration/);
  });

  it("no Envoy admin call without saying where it runs (a bare curl localhost:15000 runs on the reader's laptop)", () => {
    for (const b of blocks) {
      for (const line of b.code.split('\n')) {
        if (line.includes('localhost:15000')) expect(line, where(b)).toMatch(/kubectl exec .*(-c istio-proxy|--container)/);
      }
    }
  });
});

describe('log reads cover the fleet', () => {
  // A log read of one pod (`kubectl logs $POD`, `kubectl logs deploy/x`, which picks one pod) proves nothing
  // about the others. With a selector, kubectl prints 10 lines per pod unless --tail says otherwise.
  it('every kubectl logs reads all pods: a selector with --prefix, --max-log-requests and --tail, or a loop over the pods', () => {
    const reads = blocks
      .filter((b) => isShellLanguage(b.lang))
      .flatMap((b) =>
        b.code
          .split('\n')
          .filter((l) => /\bkubectl logs\b/.test(l))
          .map((line) => ({ b, line })),
      );
    expect(reads.length).toBeGreaterThan(30);
    for (const { b, line } of reads) {
      const perPodLoop = /xargs .*kubectl logs \{\}|kubectl logs \$p\b/.test(line);
      if (perPodLoop) continue;
      expect(line, where(b)).toMatch(/ -l /);
      expect(line, where(b)).toMatch(/--prefix/);
      expect(line, where(b)).toMatch(/--max-log-requests=\d+/);
      expect(line, where(b)).toMatch(/--tail=/);
    }
  });
});
