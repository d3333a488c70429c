import { describe, expect, it } from 'vitest';
import { normalizeTokens, Prism } from '../../src/prism';
import { prismLanguages } from '../../src/prism/languages';

describe('the light Prism', () => {
  it('knows every language the guide uses, and only those', () => {
    for (const lang of prismLanguages) expect(Prism.languages[lang], lang).toBeDefined();
    // Languages prism-react-renderer bundles but the guide never uses stay out of the bundle.
    for (const lang of ['python', 'rust', 'swift', 'kotlin', 'cpp', 'go']) expect(Prism.languages[lang], lang).toBeUndefined();
  });

  it('tokenises a shell command into lines of typed tokens', () => {
    const code = 'kubectl get pods -n "$NAMESPACE"\n# a comment';
    const lines = normalizeTokens(Prism.tokenize(code, Prism.languages.bash as Prism.Grammar) as never);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.map((t) => t.content).join('')).toBe('kubectl get pods -n "$NAMESPACE"');
    expect(lines[0]?.some((t) => t.types.includes('string'))).toBe(true);
    expect(lines[1]?.find((t) => t.content === '# a comment')?.types).toContain('comment');
  });

  it('keeps empty lines as lines', () => {
    const lines = normalizeTokens(['a\n\nb']);
    expect(lines.map((l) => l.map((t) => t.content).join(''))).toEqual(['a', '\n', 'b']);
    expect(lines[1]?.[0]?.empty).toBe(true);
  });
});
