// Prism's core and only the languages the guide's code blocks use (fenced blocks in docs/ and the
// alert snippets): bash, http, json, yaml, nginx, JavaScript and Markdown. Anything else renders
// as plain text. Order matters: a language is loaded after the ones it extends.
import './manual';
import Prism from 'prismjs/components/prism-core';
import 'prismjs/components/prism-markup';
import 'prismjs/components/prism-clike';
import 'prismjs/components/prism-javascript';
import 'prismjs/components/prism-markdown';
import 'prismjs/components/prism-bash';
import 'prismjs/components/prism-http';
import 'prismjs/components/prism-json';
import 'prismjs/components/prism-yaml';
import 'prismjs/components/prism-nginx';

export const prismLanguages = ['markup', 'clike', 'javascript', 'markdown', 'bash', 'http', 'json', 'yaml', 'nginx'] as const;

export default Prism;
