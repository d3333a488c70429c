/**
 * Ruby error signatures: text that Ruby prints, each with the failure modes it points to.
 * This file holds one system (`system: 'ruby'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'ruby', name: 'Ruby', hop: 'application' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'ruby-activerecord-connection-timeout',
    system: 'ruby',
    title: 'ActiveRecord: could not obtain a connection from the pool',
    pattern: String.raw`could not obtain a connection from the pool within [\d.]+ seconds`,
    examples: [
      'ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds (waited 5.001 seconds); all pooled connections were in use',
    ],
    modes: [{ id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.95 }],
    status: [500],
    explain:
      'All connections in the ActiveRecord pool were busy for checkout_timeout; the pool is smaller than the number of threads using it, or queries are slow.',
    source: {
      title: 'Rails API: ActiveRecord::ConnectionTimeoutError',
      url: 'https://api.rubyonrails.org/classes/ActiveRecord/ConnectionTimeoutError.html',
    },
  },
  {
    id: 'ruby-nomethoderror-nil',
    system: 'ruby',
    title: 'Ruby: NoMethodError: undefined method ... for nil',
    pattern: String.raw`undefined method [\x60'][^'\x60]+' for nil\b`,
    examples: ["NoMethodError: undefined method `locale' for nil:NilClass", "NoMethodError: undefined method 'locale' for nil"],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.8 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.5 },
    ],
    status: [500],
    explain: 'Code called a method on nil: a record or attribute older data does not have.',
    source: { title: 'Ruby docs: NoMethodError', url: 'https://docs.ruby-lang.org/en/master/NoMethodError.html' },
  },
  {
    id: 'ruby-rack-timeout',
    system: 'ruby',
    title: 'rack-timeout: Rack::Timeout::RequestTimeoutException',
    pattern: String.raw`Rack::Timeout::RequestTimeout(?:Exception|Error)|Request (?:waited \d+ms, then )?ran for longer than \d+ms`,
    examples: [
      'Rack::Timeout::RequestTimeoutException: Request ran for longer than 15000ms',
      'Rack::Timeout::RequestTimeoutError: Request waited 12ms, then ran for longer than 14988ms',
    ],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.7 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.4 },
    ],
    status: [500],
    explain: 'rack-timeout raised inside the request after service_timeout, so the request ends as a 500 from the app.',
    source: { title: 'rack-timeout README', url: 'https://github.com/zombocom/rack-timeout' },
  },
  {
    id: 'ruby-puma-terminating-timed-out-worker',
    system: 'ruby',
    title: 'Puma: ! Terminating timed out worker',
    pattern: String.raw`! Terminating timed out worker`,
    examples: [
      '[4] ! Terminating timed out worker: 6',
      '[1] ! Terminating timed out worker (worker failed to check in within 60 seconds): 1234',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.9 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.3 },
    ],
    status: [502],
    explain: 'The Puma master killed a worker that stopped checking in within worker_timeout; its in-flight requests are lost.',
    source: { title: 'Puma source: lib/puma/cluster.rb', url: 'https://github.com/puma/puma/blob/master/lib/puma/cluster.rb' },
  },
  {
    id: 'ruby-net-timeout',
    system: 'ruby',
    title: 'Ruby: Net::ReadTimeout / Net::OpenTimeout',
    pattern: String.raw`Net::(?:Read|Open)Timeout`,
    examples: ['Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>', 'Faraday::ConnectionFailed: Net::OpenTimeout'],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500],
    explain: 'An HTTP call from the app hit Net::HTTP read_timeout or open_timeout.',
    source: { title: 'Ruby docs: Net::ReadTimeout', url: 'https://docs.ruby-lang.org/en/master/Net/ReadTimeout.html' },
  },
  {
    id: 'ruby-econnrefused',
    system: 'ruby',
    title: 'Ruby: Errno::ECONNREFUSED',
    pattern: String.raw`Errno::ECONNREFUSED`,
    examples: [
      'Errno::ECONNREFUSED: Connection refused - connect(2) for "127.0.0.1" port 5432',
      'Faraday::ConnectionFailed: Failed to open TCP connection to inventory:8080 (Connection refused - connect(2) for "inventory" port 8080) (Errno::ECONNREFUSED)',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.4 },
    ],
    status: [500],
    explain: 'A dependency refused the connection.',
    source: { title: 'Ruby docs: Errno', url: 'https://docs.ruby-lang.org/en/master/Errno.html' },
  },
  {
    id: 'ruby-faraday-error',
    system: 'ruby',
    title: 'Faraday: TimeoutError / ConnectionFailed',
    pattern: String.raw`Faraday::(?:TimeoutError|ConnectionFailed)`,
    examples: [
      'Faraday::TimeoutError: Net::ReadTimeout with #<TCPSocket:(closed)>',
      'Faraday::ConnectionFailed: Failed to open TCP connection to api.partner.example:443 (getaddrinfo: Name or service not known)',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.6 },
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.4 },
    ],
    status: [500],
    explain: 'A Faraday call to a dependency timed out or could not connect.',
    source: { title: 'Faraday docs: Errors', url: 'https://lostisland.github.io/faraday/#/middleware/included/raising-errors' },
  },
  {
    id: 'ruby-pending-migration',
    system: 'ruby',
    title: 'Rails: ActiveRecord::PendingMigrationError',
    pattern: String.raw`ActiveRecord::PendingMigrationError`,
    examples: [
      'ActiveRecord::PendingMigrationError: Migrations are pending. To resolve this issue, run: bin/rails db:migrate RAILS_ENV=production',
    ],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.8 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
    ],
    status: [500],
    explain: 'The code expects a schema that has not been migrated in this environment.',
    source: { title: 'Rails guides: Active Record Migrations', url: 'https://guides.rubyonrails.org/active_record_migrations.html' },
  },
  {
    id: 'ruby-json-parser-error',
    system: 'ruby',
    title: 'Ruby: JSON::ParserError',
    pattern: String.raw`JSON::ParserError`,
    examples: [
      "JSON::ParserError: unexpected token at '<!DOCTYPE html>'",
      "JSON::ParserError: 859: unexpected token at '<html><head><title>502 Bad Gateway</title></head>'",
    ],
    modes: [{ id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.85 }],
    status: [500],
    explain: 'A body we parsed as JSON was HTML or truncated, usually an error page from a dependency.',
    source: { title: 'Ruby docs: JSON::ParserError', url: 'https://docs.ruby-lang.org/en/master/JSON/ParserError.html' },
  },
  {
    id: 'ruby-emfile',
    system: 'ruby',
    title: 'Ruby: Errno::EMFILE (Too many open files)',
    pattern: String.raw`Errno::EMFILE`,
    examples: ['Errno::EMFILE: Too many open files - socket(2) for "10.0.5.20" port 5432'],
    modes: [{ id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 }],
    status: [500],
    explain: 'The process reached its file-descriptor limit.',
    source: { title: 'Ruby docs: Errno', url: 'https://docs.ruby-lang.org/en/master/Errno.html' },
  },
];
