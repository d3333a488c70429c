/**
 * Stands in for `prism-react-renderer` in the site's bundles (webpack alias, plugins/light-prism).
 *
 * prism-react-renderer ships Prism with about twenty languages built in, and defining them runs
 * on every page load: measured under Lighthouse's mobile throttling it was the largest single
 * piece of script work on a page with no code block at all. This module keeps its API (the parts
 * Docusaurus uses: `Highlight`, `Prism`, `normalizeTokens`, `useTokenize`) on a Prism with only
 * the languages the guide uses. `Highlight` and the token helpers below are ported from
 * prism-react-renderer 2.4.1 (MIT licence, Copyright (c) 2017 Formidable Labs).
 */
import { createElement, useCallback, useMemo, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import clsx from 'clsx';
import type { Grammar } from 'prismjs';
import Prism from './languages';

export { Prism };

export interface Token {
  types: string[];
  content: string;
  empty?: boolean;
}

interface PrismTheme {
  plain: CSSProperties;
  styles: { types: string[]; style: CSSProperties; languages?: string[] }[];
}

type ThemeDict = Record<string, CSSProperties> & { root: CSSProperties; plain: CSSProperties };

type PrismToken = string | { type: string; alias?: string | string[]; content: PrismToken | PrismToken[] };

const newlineRe = /\r\n|\r|\n/;

function normalizeEmptyLines(line: Token[]): void {
  const first = line[0];
  if (line.length === 0) line.push({ types: ['plain'], content: '\n', empty: true });
  else if (line.length === 1 && first && first.content === '') {
    first.content = '\n';
    first.empty = true;
  }
}

function appendTypes(types: string[], add: string | string[]): string[] {
  const last = types[types.length - 1];
  if (types.length > 0 && last === add) return types;
  return types.concat(add);
}

/** Prism's nested tokens as lines of flat tokens, each with the stack of its types. */
export function normalizeTokens(tokens: readonly PrismToken[]): Token[][] {
  const typeArrStack: string[][] = [[]];
  const tokenArrStack: (readonly PrismToken[])[] = [tokens];
  const tokenArrIndexStack = [0];
  const tokenArrSizeStack = [tokens.length];
  let stackIndex = 0;
  let currentLine: Token[] = [];
  const acc: Token[][] = [currentLine];
  while (stackIndex > -1) {
    let i: number;
    while ((i = (tokenArrIndexStack[stackIndex] as number)++) < (tokenArrSizeStack[stackIndex] as number)) {
      let types = typeArrStack[stackIndex] as string[];
      const token = (tokenArrStack[stackIndex] as readonly PrismToken[])[i] as PrismToken;
      let content: PrismToken | PrismToken[];
      if (typeof token === 'string') {
        types = stackIndex > 0 ? types : ['plain'];
        content = token;
      } else {
        types = appendTypes(types, token.type);
        if (token.alias) types = appendTypes(types, token.alias);
        content = token.content;
      }
      if (typeof content !== 'string') {
        const nested = Array.isArray(content) ? content : [content];
        stackIndex++;
        typeArrStack.push(types);
        tokenArrStack.push(nested);
        tokenArrIndexStack.push(0);
        tokenArrSizeStack.push(nested.length);
        continue;
      }
      const parts = content.split(newlineRe);
      currentLine.push({ types, content: parts[0] as string });
      for (let j = 1; j < parts.length; j++) {
        normalizeEmptyLines(currentLine);
        acc.push((currentLine = []));
        currentLine.push({ types, content: parts[j] as string });
      }
    }
    stackIndex--;
    typeArrStack.pop();
    tokenArrStack.pop();
    tokenArrIndexStack.pop();
    tokenArrSizeStack.pop();
  }
  normalizeEmptyLines(currentLine);
  return acc;
}

export function useTokenize({
  prism,
  code,
  grammar,
  language,
}: {
  prism: typeof Prism;
  code: string;
  grammar: Grammar | undefined;
  language: string;
}): Token[][] {
  return useMemo(() => {
    if (grammar == null) return normalizeTokens([code]);
    const env = { code, grammar, language, tokens: [] as PrismToken[] };
    prism.hooks.run('before-tokenize', env);
    env.tokens = prism.tokenize(code, grammar) as PrismToken[];
    prism.hooks.run('after-tokenize', env);
    return normalizeTokens(env.tokens);
  }, [code, grammar, language, prism]);
}

function themeToDict(theme: PrismTheme, language: string): ThemeDict {
  const { plain } = theme;
  const dict = theme.styles.reduce<Record<string, CSSProperties>>((acc, entry) => {
    if (entry.languages && !entry.languages.includes(language)) return acc;
    for (const type of entry.types) acc[type] = { ...acc[type], ...entry.style };
    return acc;
  }, {});
  return { ...dict, root: plain, plain: { ...plain, backgroundColor: undefined } };
}

interface LineInputProps {
  line: Token[];
  className?: string;
  style?: CSSProperties;
  [other: string]: unknown;
}

interface TokenInputProps {
  token: Token;
  className?: string;
  style?: CSSProperties;
  [other: string]: unknown;
}

export interface RenderProps {
  tokens: Token[][];
  className: string;
  style: CSSProperties;
  getLineProps: (input: LineInputProps) => Record<string, unknown>;
  getTokenProps: (input: TokenInputProps) => Record<string, unknown>;
}

export interface HighlightProps {
  prism?: typeof Prism;
  theme?: PrismTheme;
  language: string;
  code: string;
  children: (props: RenderProps) => ReactNode;
}

function HighlightInner({ children, language: rawLanguage, code, theme, prism }: Required<HighlightProps>): ReactElement {
  const language = rawLanguage.toLowerCase();
  const dict = useMemo(() => themeToDict(theme, language), [theme, language]);
  const getLineProps = useCallback(
    ({ className, style, line: _line, ...rest }: LineInputProps) => ({
      ...rest,
      className: clsx('token-line', className),
      style: typeof style === 'object' ? { ...dict.plain, ...style } : dict.plain,
    }),
    [dict],
  );
  const styleForToken = useCallback(
    ({ types, empty }: Token): CSSProperties | undefined => {
      if (types.length === 1 && types[0] === 'plain') return empty != null ? { display: 'inline-block' } : undefined;
      if (types.length === 1 && empty != null) return dict[types[0] as string];
      return Object.assign(empty != null ? { display: 'inline-block' } : {}, ...types.map((type) => dict[type]));
    },
    [dict],
  );
  const getTokenProps = useCallback(
    ({ token, className, style, ...rest }: TokenInputProps) => {
      const own = styleForToken(token);
      return {
        ...rest,
        className: clsx('token', ...token.types, className),
        children: token.content,
        style: style != null ? { ...own, ...style } : own,
      };
    },
    [styleForToken],
  );
  const tokens = useTokenize({ prism, language, code, grammar: prism.languages[language] });
  return children({ tokens, className: `prism-code language-${language}`, style: dict.root, getLineProps, getTokenProps }) as ReactElement;
}

const noTheme: PrismTheme = { plain: {}, styles: [] };

export function Highlight(props: HighlightProps): ReactElement {
  return createElement(HighlightInner, { ...props, prism: props.prism ?? Prism, theme: props.theme ?? noTheme });
}
