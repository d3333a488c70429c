// Swizzled to register the few components every runbook uses, so authors write them without an
// import. Widgets (tables, trees, simulators) are imported where used, to keep them off other pages.
import MDXComponents from '@theme-original/MDXComponents';
import OwnerBadge from '@site/src/components/OwnerBadge';
import ResponsibilityBoundary from '@site/src/components/ResponsibilityBoundary';
import Sources from '@site/src/components/Sources';

export default {
  ...MDXComponents,
  OwnerBadge,
  ResponsibilityBoundary,
  Sources,
};
