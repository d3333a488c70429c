/**
 * Serves the production build the way it should be served in production: the security headers
 * from the build's own `_headers` file, long cache lifetimes for hashed assets only, brotli or
 * gzip compression, clean URLs, the unknown-alert page for unmapped `/alerts/<name>` links, and
 * the 404 page with a 404 status. Used by `npm run serve`, the browser tests and the benchmark.
 *
 *   npm run serve -- [--dir build] [--port 3000] [--host 127.0.0.1] [--compression best|fast]
 *
 * `--compression fast` (brotli 5, gzip 6) is for the browser tests: the best levels cost about a
 * third of a second of CPU per page on its first request, some 25 s over the whole build, which the
 * tests (they check that responses are compressed, not how small) do not need. Production and
 * the benchmark keep the best levels (the default).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../plugins/runbook-catalog/securityHeaders';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const root = path.resolve(option('dir', 'build'));
const port = Number(option('port', process.env.PORT ?? '3000'));
const host = option('host', '127.0.0.1');
const compression = option('compression', 'best');
if (compression !== 'best' && compression !== 'fast') {
  console.error(`--compression must be best or fast, not ${compression}.`);
  process.exit(2);
}

// The bench starts servers with FG_EXIT_WITH_PARENT=<its pid>: should it die without stopping them
// (SIGKILL, a crash), they stop by themselves within a second.
const parentPid = Number(process.env.FG_EXIT_WITH_PARENT);
if (parentPid > 0) {
  setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch {
      process.exit(0);
    }
  }, 1000).unref();
}

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first.`);
  process.exit(2);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.conf': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

const rules: HeaderRule[] = existsSync(path.join(root, '_headers'))
  ? parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'))
  : [];
const cache = new Map<string, Buffer>();
const unknownAlertPage = path.join(root, 'alerts', 'index.html');

function resolveFile(urlPath: string): string | null {
  const clean = path.normalize(urlPath).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, path.join(base, 'index.html'), `${base}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function send(req: IncomingMessage, res: ServerResponse, file: string, status: number, urlPath: string): void {
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    'Cache-Control': 'no-cache',
    ...headersFor(urlPath, rules),
  };
  let body = readFileSync(file);
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (compressible.test(type) && body.length > 512) {
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    if (encoding) {
      const key = `${encoding}:${file}`;
      let packed = cache.get(key);
      if (!packed) {
        // Best brotli for ordinary files; a faster level for the few very large ones (the search
        // index), whose best-level compression would stall the first request for seconds.
        const quality = compression === 'fast' ? 5 : body.length > 512 * 1024 ? 9 : 11;
        packed =
          encoding === 'br'
            ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: quality } })
            : gzipSync(body, { level: compression === 'fast' ? 6 : 9 });
        cache.set(key, packed);
      }
      body = packed;
      headers['Content-Encoding'] = encoding;
    }
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer((req, res) => {
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveFile(urlPath);
  if (file) send(req, res, file, 200, urlPath);
  // An alert name the guide does not map gets the unknown-alert page, with 200 (as `_redirects`
  // and the nginx rule in docs/hosting.mdx do): it names the alert and offers triage.
  else if (/^\/alerts\/[^/]+\/?$/i.test(urlPath) && existsSync(unknownAlertPage)) send(req, res, unknownAlertPage, 200, urlPath);
  else send(req, res, path.join(root, '404.html'), 404, urlPath);
});

server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/ (production headers, compression)`));
