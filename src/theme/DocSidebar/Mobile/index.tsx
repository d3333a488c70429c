// Swizzled (ejected, small): the classic theme's phone sidebar, with its props handed to the navbar
// filler as one object. The filler memoizes its props by sorting their keys with `localeCompare`;
// with two keys that is the page's first `localeCompare`, which sets up the browser's collation:
// about 100 ms of main thread at Lighthouse's 4x CPU slowdown, in the task that swaps the desktop
// sidebar for the phone one after hydration. One key needs no comparison. Otherwise the theme's.
import React from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebar/Mobile';

function DocSidebarMobileSecondaryMenu({ sidebarProps: { sidebar, path } }: { sidebarProps: Props }): React.ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        onItemClick={(item) => {
          // The phone sidebar closes on a link, and on a category that has a page of its own.
          if ((item.type === 'category' && item.href) || item.type === 'link') mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile(props: Props): React.ReactNode {
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{ sidebarProps: props }} />;
}

export default React.memo(DocSidebarMobile);
