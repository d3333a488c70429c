/**
 * The error-signature catalog: every signature from every system, in one list for the matcher.
 *
 * How to add a signature: add it to the file of its system (or create a new file exporting a
 * `readonly ErrorSignature[]` and spread it below). Ids must be unique across all files, and every
 * `modes[].id` must be a runbook id from src/data/runbookLedger.ts.
 */
import type { ErrorSignature } from '../../lib/signatureTypes';
import { appServerSignatures } from './appServers';
import { awsSignatures } from './aws';
import { cloudflareSignatures } from './cloudflare';
import { envoySignatures } from './envoy';
import { gcpSignatures } from './gcp';
import { haproxySignatures } from './haproxy';
import { herokuSignatures } from './heroku';
import { kubernetesSignatures } from './kubernetes';
import { languageSignatures } from './languages';
import { nginxSignatures } from './nginx';
import { newFailureModeSignatures } from './newFailureModes';

export const signatures: readonly ErrorSignature[] = [
  ...nginxSignatures,
  ...envoySignatures,
  ...haproxySignatures,
  ...awsSignatures,
  ...gcpSignatures,
  ...cloudflareSignatures,
  ...herokuSignatures,
  ...kubernetesSignatures,
  ...appServerSignatures,
  ...languageSignatures,
  ...newFailureModeSignatures,
];
