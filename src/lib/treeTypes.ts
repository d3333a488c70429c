/**
 * Types of the triage decision trees (src/data/trees/). A tree is a set of nodes keyed by a stable
 * id: question nodes ask about something a responder can observe, leaves name a runbook.
 */

export interface TreeOption {
  /** Stable key of the answer, unique within its question, kebab-case (used in URLs). */
  key: string;
  /** Answer as the reader sees it. */
  label: string;
  /** Id of the next node (question or leaf) in the same tree. */
  next: string;
  /**
   * What the reader sees that makes this the answer, in each vendor's words (Heroku H-codes,
   * Google Cloud statusDetails, HAProxy termination states, Envoy flags, ALB fields, nginx log
   * lines). Shown under the answer.
   */
  help?: string;
  /**
   * Observation tokens: the vendor codes and exact strings that select this answer (`H12`, `UF`,
   * `backend_timeout`, `sH`). No token may select two answers of the same question (build check),
   * so an observation never fits two answers.
   */
  observe?: readonly string[];
}

export interface QuestionNode {
  kind: 'question';
  /** Short, observable question: "Does the error page carry your CDN's branding?" */
  question: string;
  /** Optional help: what to look at. */
  help?: string;
  /** Optional command that answers the question, with $PLACEHOLDERS. */
  check?: string;
  options: readonly TreeOption[];
}

export interface LeafNode {
  kind: 'leaf';
  /** Runbook id (FM-...) the answers lead to. */
  runbook: string;
  /** Optional note on why the path leads here (shown above the runbook's own first action). */
  note?: string;
  /**
   * Owner for this branch, when the runbook's owner depends on the hop: the runbook's default
   * owner or one of its conditional `owners` (checked at build).
   */
  owner?: string;
}

/** Hands over to another tree (the start tree sends each code to its own tree). */
export interface GotoNode {
  kind: 'goto';
  /** Id of the tree to continue in. */
  tree: string;
}

export type TreeNode = QuestionNode | LeafNode | GotoNode;

export interface DecisionTreeData {
  /** Stable tree id: 'start', '500', '502', '503', '504'. */
  id: string;
  title: string;
  /** Id of the first node. */
  root: string;
  /** Node id (stable, kebab-case; never reuse a removed id) -> node. */
  nodes: Readonly<Record<string, TreeNode>>;
}
