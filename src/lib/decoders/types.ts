/**
 * Types shared by the log-line decoders. A decoder reads one whole line in one vendor's format,
 * names its fields, spells out the coded ones (HAProxy's termination state, Envoy's response
 * flags, Heroku's H codes ...) and maps them to failure modes with the reason for each mapping.
 * Decoders are pure: no data imports, no I/O. Runbook ids appear as plain strings.
 */

/** The hops of a request path, from the visitor inwards: who wrote the status or the line. */
export const hops = ['client', 'cdn', 'load-balancer', 'proxy-mesh', 'app-server', 'application', 'dependency'] as const;
export type Hop = (typeof hops)[number];

export const hopNames: Record<Hop, string> = {
  client: 'Client',
  cdn: 'CDN / edge',
  'load-balancer': 'Load balancer',
  'proxy-mesh': 'Proxy or mesh',
  'app-server': 'App server',
  application: 'Application',
  dependency: 'Dependency',
};

/** One named field of a decoded line. `meaning` spells a coded value out in words. */
export interface DecodedField {
  name: string;
  value: string;
  meaning?: string;
}

/** A failure mode a decoded line points to, with why (which field says so). */
export interface DecodedMode {
  /** Runbook id, e.g. FM-502-CONNECTION-REFUSED. */
  id: string;
  /** 0 < weight <= 1; the strongest reading of the fields gets the highest weight. */
  weight: number;
  why: string;
}

export interface Decoded {
  /** Machine name of the format, e.g. `haproxy-http`, `nginx-error`. */
  format: string;
  /** Reader's name of the format, e.g. "HAProxy HTTP log". */
  formatName: string;
  /** The hop that wrote the line (or the status in it). */
  hop: Hop;
  /** Status code the client received, when the line carries one. */
  status: number | null;
  fields: DecodedField[];
  /** Failure modes, strongest first. Empty when the line shows no failure (a 200, a 404). */
  modes: DecodedMode[];
  /** One sentence: what the line says happened. */
  summary: string;
  /**
   * True when the modes rest on more than the status code alone (a flag, a phase, an error
   * code): such results are `strong`; a status alone gives only a `weak` hint.
   */
  specific: boolean;
}

export type Decoder = (line: string) => Decoded | null;
