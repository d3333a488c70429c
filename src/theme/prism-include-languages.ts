// Swizzled to do nothing. The classic theme's version loads `prismjs/components/prism-<lang>` for
// each `additionalLanguages` entry through a dynamic require, which puts Prism's language loader
// and its catalogue of every language and theme (about 30 KB) into every page's main bundle even
// when the list is empty. This site's Prism (src/prism/languages.ts) registers its few languages
// itself, so there is nothing to include here.
export default function prismIncludeLanguages(): void {}
