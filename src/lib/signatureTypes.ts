/**
 * Types of the error-signature catalog (src/data/signatures/). A signature is a piece of text that
 * a real system prints (a log message, a response flag, a termination state, an error code), with
 * the failure modes it points to.
 */
import type { StatusCode } from './vocabulary';
import type { Hop } from './decoders/types';

/**
 * A signature system's id (kebab-case, e.g. `nginx`, `aws-alb`): the name of its file in
 * src/data/signatures/. The list of systems is data (src/data/signatures/index.ts); engines that
 * need it take it as an argument.
 */
export type SignatureSystem = string;

/** A system the catalog has signatures for. */
export interface SignatureSystemInfo {
  /** Kebab-case id; the system's file is `src/data/signatures/<id>.ts`. */
  id: SignatureSystem;
  /** How the system is named to readers (the catalog page's group heading). */
  name: string;
  /** The hop this system speaks for: a line it prints was written at that hop. */
  hop: Hop;
}

/** What one file of src/data/signatures/ exports: one system and its signatures. */
export interface SignatureSystemFile {
  system: SignatureSystemInfo;
  signatures: readonly ErrorSignature[];
}

export interface SignatureModeWeight {
  /** A runbook id from src/data/runbookLedger.ts. */
  id: string;
  /** How strongly the signature points to this failure mode: 0 < weight <= 1. */
  weight: number;
}

export interface ErrorSignature {
  /** Stable kebab-case id, unique, e.g. `nginx-upstream-timed-out-reading-header`. */
  id: string;
  system: SignatureSystem;
  /** Short name shown in results, e.g. "nginx: upstream timed out while reading response header". */
  title: string;
  /**
   * Regular expression source (JavaScript syntax, matched case-insensitively against the text,
   * one line at a time). Match the stable part of the message; tolerate the variable parts
   * (pids, addresses, numbers) with `\d+`, `\S+`, `.*?`. Omit when `flags` is given.
   */
  pattern?: string;
  /**
   * Envoy/Istio response flags that must all be present in one flags field (any order), e.g.
   * ["UF", "URX"]. Use instead of `pattern` for flag signatures.
   */
  flags?: readonly string[];
  /** Real example lines as the system prints them; the pattern must match every one. */
  examples: readonly string[];
  /** Failure modes this points to, strongest first. */
  modes: readonly SignatureModeWeight[];
  /** Status codes the client typically sees with this signature. */
  status: readonly StatusCode[];
  /** One sentence: what the text means, in plain words. */
  explain: string;
  /** Where the text is documented or printed (vendor docs or the source code). */
  source: { title: string; url: string };
}

/**
 * What the matcher needs of a signature: everything but the example lines, which are for tests
 * and the catalog page. The lookup widget loads signatures in this form, a third of the size.
 */
export type MatchableSignature = Omit<ErrorSignature, 'examples'>;

/** A signature without its examples (for the lookup's lazily loaded data). */
export function toMatchable({ examples: _examples, ...rest }: ErrorSignature): MatchableSignature {
  return rest;
}
