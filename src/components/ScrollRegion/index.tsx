import React from 'react';

/**
 * A wide table's container: scrolls sideways on a narrow screen, and is focusable (with a name) so
 * keyboard users can scroll it too (WCAG: scrollable regions must be keyboard accessible).
 */
export default function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}): React.ReactElement {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className={className} style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
