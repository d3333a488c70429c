/**
 * The error-signature catalog: one file per system, listed here in the order the catalog page
 * shows them. Each file exports its `system` (id, the name readers see, the hop it speaks for) and
 * its `signatures`.
 *
 * How to add a system: create `src/data/signatures/<id>.ts` exporting `system` and `signatures`
 * (copy a small one such as `ruby.ts`), then add it to the list below. Ids must be unique across
 * all files, and every `modes[].id` must be a runbook id from src/data/runbookLedger.ts.
 */
import type { ErrorSignature, SignatureSystemFile, SignatureSystemInfo } from '../../lib/signatureTypes';
import * as nginx from './nginx';
import * as envoy from './envoy';
import * as haproxy from './haproxy';
import * as awsAlb from './aws-alb';
import * as awsCloudfront from './aws-cloudfront';
import * as awsApiGateway from './aws-api-gateway';
import * as gcpLb from './gcp-lb';
import * as cloudflare from './cloudflare';
import * as heroku from './heroku';
import * as kubernetes from './kubernetes';
import * as gunicorn from './gunicorn';
import * as uwsgi from './uwsgi';
import * as phpFpm from './php-fpm';
import * as nodejs from './nodejs';
import * as jvm from './jvm';
import * as python from './python';
import * as go from './go';
import * as ruby from './ruby';
import * as dotnet from './dotnet';
import * as postgresql from './postgresql';
import * as mysql from './mysql';
import * as redis from './redis';
import * as fastly from './fastly';
import * as iis from './iis';
import * as varnish from './varnish';
import * as generic from './generic';

/** Every system's file, in the catalog page's order. */
export const signatureSystemFiles: readonly SignatureSystemFile[] = [
  nginx,
  envoy,
  haproxy,
  awsAlb,
  awsCloudfront,
  awsApiGateway,
  gcpLb,
  cloudflare,
  heroku,
  kubernetes,
  gunicorn,
  uwsgi,
  phpFpm,
  nodejs,
  jvm,
  python,
  go,
  ruby,
  dotnet,
  postgresql,
  mysql,
  redis,
  fastly,
  iis,
  varnish,
  generic,
];

/** The systems (id, name, hop), for the lookup's hop and the catalog's headings. */
export const signatureSystems: readonly SignatureSystemInfo[] = signatureSystemFiles.map((f) => f.system);

/** Every signature from every system, in one list for the matcher. */
export const signatures: readonly ErrorSignature[] = signatureSystemFiles.flatMap((f) => f.signatures);
