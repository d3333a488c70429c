/**
 * Reports every `runbook_url` in Prometheus rule files that does not open a page of the built
 * guide (an alert link that 404s is the most common complaint about runbook sites).
 *
 *   npm run build
 *   npm run --silent check-alert-links -- examples/prometheus/5xx-alerts.yml [more.yml ...]
 *
 * Options: --site-url URL (default: $SITE_URL or the address in docusaurus.config.ts),
 *          --build-dir DIR (default: build), --strict (links to other sites fail too).
 * A link to a runbook must also pass, as query parameters, the alert labels its commands take
 * (namespace, service, pod ...: see the runbook's `variables`), so the commands open filled.
 * Exit code: 0 when every link resolves, 1 when any does not, 2 on bad usage or a missing build.
 */
import { runCheckAlertLinks } from './lib/alertLinksCommand';

void runCheckAlertLinks(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: { SITE_URL: process.env.SITE_URL, BASE_URL: process.env.BASE_URL },
  cwd: process.cwd(),
}).then((code) => process.exit(code));
