/**
 * Closed vocabularies of the runbook content model. Each is a `const` tuple so that the type is
 * derived from the list and the build-time validator can name the allowed values.
 */

export const statusCodes = [500, 502, 503, 504] as const;
export type StatusCode = (typeof statusCodes)[number];

export const statusNames: Record<StatusCode, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Where in the request path the failure is born. Ordered from the visitor inwards. */
export const layers = ['client', 'edge-cdn', 'load-balancer', 'proxy-mesh', 'network', 'app-runtime', 'app-code', 'dependency'] as const;
export type Layer = (typeof layers)[number];

export const layerNames: Record<Layer, string> = {
  client: 'Client',
  'edge-cdn': 'Edge / CDN',
  'load-balancer': 'Load balancer',
  'proxy-mesh': 'Proxy / mesh',
  network: 'Network',
  'app-runtime': 'App runtime',
  'app-code': 'App code',
  dependency: 'Dependency',
};

export const severities = ['S1', 'S2', 'S3', 'S4'] as const;
export type Severity = (typeof severities)[number];

export const severityNames: Record<Severity, string> = {
  S1: 'S1 Critical',
  S2: 'S2 High',
  S3: 'S3 Medium',
  S4: 'S4 Low',
};

/** Recovery classes, defined in full on docs/reference/recovery-classes.mdx. */
export const recoveryClasses = ['A', 'B', 'C', 'D'] as const;
export type RecoveryClass = (typeof recoveryClasses)[number];

export const recoveryClassNames: Record<RecoveryClass, string> = {
  A: 'A Self-healing',
  B: 'B Operational',
  C: 'C Change by owner',
  D: 'D Exploratory',
};

/**
 * Body sections every runbook must have, as level-2 headings in this order. Two sections also
 * have required sub-headings and a required generated block.
 */
export const requiredSections = [
  'Meaning',
  'Symptoms',
  'Diagnosis',
  'Mitigation',
  'Wrong fix vs better fix',
  'Verify the fix',
  'Prevent recurrence',
  'Responsibility boundary',
  'Sources',
] as const;
export type RequiredSection = (typeof requiredSections)[number];

export const requiredSubsections: Partial<Record<RequiredSection, readonly string[]>> = {
  Diagnosis: ['First ten minutes'],
  Mitigation: ['Now', 'Lasting fix'],
};

/** A tag that must appear inside a section, because the block is generated from data. */
export const requiredBlocks: Partial<Record<RequiredSection, string>> = {
  'Responsibility boundary': '<ResponsibilityBoundary',
  Sources: '<Sources',
};
