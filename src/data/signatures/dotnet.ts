/**
 * .NET error signatures: text that .NET prints, each with the failure modes it points to.
 * This file holds one system (`system: 'dotnet'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'dotnet', name: '.NET', hop: 'application' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'dotnet-null-reference',
    system: 'dotnet',
    title: '.NET: NullReferenceException (Object reference not set to an instance of an object)',
    pattern: String.raw`System\.NullReferenceException|Object reference not set to an instance of an object`,
    examples: ['System.NullReferenceException: Object reference not set to an instance of an object.'],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.8 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.6 },
    ],
    status: [500],
    explain: 'Code dereferenced a null reference, typically a record or property older data does not have.',
    source: {
      title: 'Microsoft docs: NullReferenceException',
      url: 'https://learn.microsoft.com/en-us/dotnet/api/system.nullreferenceexception',
    },
  },
  {
    id: 'dotnet-sqlclient-pool-timeout',
    system: 'dotnet',
    title: '.NET SqlClient: Timeout expired ... obtaining a connection from the pool',
    pattern: String.raw`The timeout period elapsed prior to obtaining a connection from the pool`,
    examples: [
      'System.InvalidOperationException: Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may have occurred because all pooled connections were in use and max pool size was reached.',
    ],
    modes: [{ id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.95 }],
    status: [500],
    explain: 'Every pooled SQL Server connection was in use and Max Pool Size was reached.',
    source: {
      title: 'Microsoft docs: SQL Server connection pooling (ADO.NET)',
      url: 'https://learn.microsoft.com/en-us/sql/connect/ado-net/sql-server-connection-pooling',
    },
  },
  {
    id: 'dotnet-npgsql-pool-exhausted',
    system: 'dotnet',
    title: 'Npgsql: The connection pool has been exhausted',
    pattern: String.raw`The connection pool has been exhausted, either raise '?Max ?Pool ?Size'?`,
    examples: [
      "Npgsql.NpgsqlException (0x80004005): The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds) in your connection string.",
      'Npgsql.NpgsqlException (0x80004005): The connection pool has been exhausted, either raise MaxPoolSize (currently 124) or Timeout (currently 15 seconds)',
    ],
    modes: [{ id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.95 }],
    status: [500],
    explain: 'Every Npgsql pooled connection stayed busy for the connection Timeout.',
    source: {
      title: 'Npgsql source: src/Npgsql/PoolingDataSource.cs',
      url: 'https://github.com/npgsql/npgsql/blob/main/src/Npgsql/PoolingDataSource.cs',
    },
  },
  {
    id: 'dotnet-sql-execution-timeout',
    system: 'dotnet',
    title: '.NET SqlClient: Execution Timeout Expired',
    pattern: String.raw`Execution Timeout Expired\.\s+The timeout period elapsed prior to completion of the operation`,
    examples: [
      'Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.',
    ],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.7 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.4 },
    ],
    status: [500],
    explain: 'A SQL command ran longer than CommandTimeout (30 s by default): slow query or blocked by locks.',
    source: {
      title: 'Microsoft docs: SqlCommand.CommandTimeout',
      url: 'https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlcommand.commandtimeout',
    },
  },
  {
    id: 'sqlserver-deadlock-victim',
    system: 'dotnet',
    title: 'SQL Server 1205: chosen as the deadlock victim',
    pattern: String.raw`was deadlocked on lock resources with another process and has been chosen as the deadlock victim`,
    examples: [
      'Microsoft.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID 57) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.',
    ],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.6 },
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.6 },
    ],
    status: [500],
    explain: 'SQL Server broke a deadlock by aborting this transaction.',
    source: {
      title: 'Microsoft docs: MSSQLSERVER_1205',
      url: 'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/mssqlserver-1205-database-engine-error',
    },
  },
  {
    id: 'dotnet-httpclient-timeout',
    system: 'dotnet',
    title: '.NET: The request was canceled due to the configured HttpClient.Timeout',
    pattern: String.raw`The request was canceled due to the configured HttpClient\.Timeout of [\d.]+ seconds elapsing`,
    examples: [
      'System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.',
    ],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.8 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
    ],
    status: [500],
    explain: 'An outgoing HttpClient call exceeded HttpClient.Timeout (100 s by default).',
    source: {
      title: 'Microsoft docs: HttpClient.Timeout',
      url: 'https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclient.timeout',
    },
  },
  {
    id: 'dotnet-httprequest-connection-refused',
    system: 'dotnet',
    title: '.NET: HttpRequestException: Connection refused',
    pattern: String.raw`HttpRequestException: Connection refused`,
    examples: ['System.Net.Http.HttpRequestException: Connection refused (inventory:8080)'],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.4 },
    ],
    status: [500],
    explain: 'An outgoing HTTP call could not connect to the dependency.',
    source: {
      title: 'Microsoft docs: HttpRequestException',
      url: 'https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httprequestexception',
    },
  },
  {
    id: 'dotnet-out-of-memory',
    system: 'dotnet',
    title: '.NET: System.OutOfMemoryException',
    pattern: String.raw`System\.OutOfMemoryException`,
    examples: ["System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown."],
    modes: [{ id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 }],
    status: [500],
    explain: 'The runtime could not allocate memory.',
    source: {
      title: 'Microsoft docs: OutOfMemoryException',
      url: 'https://learn.microsoft.com/en-us/dotnet/api/system.outofmemoryexception',
    },
  },
  {
    id: 'dotnet-ancm-500-30',
    system: 'dotnet',
    title: 'ASP.NET Core Module: HTTP Error 500.30 (app failed to start)',
    pattern: String.raw`HTTP Error 500\.30`,
    examples: ['HTTP Error 500.30 - ASP.NET Core app failed to start', 'HTTP Error 500.30 - In-Process Start Failure'],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.9 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.5 },
    ],
    status: [500],
    explain:
      'IIS or Azure App Service could not start the ASP.NET Core app in process; the app log or event log has the start-up exception.',
    source: {
      title: 'Microsoft docs: Troubleshoot ASP.NET Core on Azure App Service and IIS',
      url: 'https://learn.microsoft.com/en-us/aspnet/core/test/troubleshoot-azure-iis',
    },
  },
  {
    id: 'dotnet-ancm-502-5',
    system: 'dotnet',
    title: 'ASP.NET Core Module: HTTP Error 502.5 (process failure)',
    pattern: String.raw`HTTP Error 502\.5`,
    examples: ['HTTP Error 502.5 - Process Failure', 'HTTP Error 502.5 - ANCM Out-Of-Process Startup Failure'],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.8 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
    ],
    status: [502],
    explain: 'The out-of-process ASP.NET Core app failed to start behind IIS.',
    source: {
      title: 'Microsoft docs: Troubleshoot ASP.NET Core on Azure App Service and IIS',
      url: 'https://learn.microsoft.com/en-us/aspnet/core/test/troubleshoot-azure-iis',
    },
  },
  {
    id: 'dotnet-aspnetcore-unhandled-exception',
    system: 'dotnet',
    title: 'ASP.NET Core: An unhandled exception has occurred while executing the request',
    pattern: String.raw`An unhandled exception has occurred while executing the request`,
    examples: [
      'fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1] An unhandled exception has occurred while executing the request.',
    ],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.4 },
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.3 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.3 },
    ],
    status: [500],
    explain: 'An exception reached the exception-handling middleware and became a 500; the next lines hold the exception.',
    source: {
      title: 'Microsoft docs: Handle errors in ASP.NET Core',
      url: 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/error-handling',
    },
  },
  {
    id: 'dotnet-system-text-json-invalid-start',
    system: 'dotnet',
    title: "System.Text.Json: '<' is an invalid start of a value",
    pattern: String.raw`'<' is an invalid start of a value`,
    examples: ["System.Text.Json.JsonException: '<' is an invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0."],
    modes: [{ id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.9 }],
    status: [500],
    explain: 'A dependency answered with HTML (an error page) where JSON was expected.',
    source: { title: 'Microsoft docs: JsonException', url: 'https://learn.microsoft.com/en-us/dotnet/api/system.text.json.jsonexception' },
  },
  {
    id: 'dotnet-polly-broken-circuit',
    system: 'dotnet',
    title: 'Polly: BrokenCircuitException (The circuit is now open)',
    pattern: String.raw`BrokenCircuitException|The circuit is now open and is not allowing calls`,
    examples: ['Polly.CircuitBreaker.BrokenCircuitException: The circuit is now open and is not allowing calls.'],
    modes: [{ id: 'FM-503-CIRCUIT-OPEN', weight: 0.95 }],
    status: [503, 500],
    explain: 'A Polly circuit breaker is open, so calls to the dependency are rejected at once.',
    source: { title: 'Polly docs: Circuit breaker', url: 'https://www.pollydocs.org/strategies/circuit-breaker.html' },
  },
];
