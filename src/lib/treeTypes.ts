/**
 * Types of the triage decision trees (src/data/trees/), inferred from the schema in treeSchema.ts
 * (the one place the fields are written). A tree is a set of nodes keyed by a stable id: question
 * nodes ask about something a responder can observe, leaves name a runbook. Type-only, so views
 * and data files that import these never ship zod.
 */
export type { DecisionTreeData, GotoNode, LeafNode, QuestionNode, TreeNode, TreeOption } from './treeSchema';
