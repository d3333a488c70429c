/**
 * Types of the alert-name mapping (src/data/alerts.ts): which page an alert links to when a rule
 * points at /alerts/<alertname>.
 */
export interface AlertMapping {
  /** The alert name exactly as the rule defines it (matched case-insensitively). */
  alertname: string;
  /** A runbook id, or a decision tree with an optional path of option keys. */
  target: { runbook: string } | { tree: 'start' | '500' | '502' | '503' | '504'; path?: readonly string[] };
  /** Where the alert comes from, e.g. "kube-prometheus-stack", "AWS ALB CloudWatch", "this guide's example rules". */
  source: string;
  /** One sentence: why this alert leads there. */
  note: string;
}
