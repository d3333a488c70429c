/**
 * Checks that more than one tree asks the reader to run, written once. A question's `check` is
 * the command that finds the answer; keep each one here when two trees share it.
 */

/** Google Cloud load balancing: the 5xx log entries of the last 30 minutes, counted by statusDetails. */
export const gcpStatusDetailsCheck =
  'gcloud logging read \'resource.type="http_load_balancer" AND httpRequest.status>=500\' --freshness=30m --format="value(jsonPayload.statusDetails)" | sort | uniq -c';
