/**
 * Python error signatures: text that Python prints, each with the failure modes it points to.
 * This file holds one system (`system: 'python'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'python', name: 'Python', hop: 'application' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'python-nonetype-attribute-error',
    system: 'python',
    title: "Python: AttributeError: 'NoneType' object has no attribute",
    pattern: String.raw`AttributeError: 'NoneType' object has no attribute '[^']+'`,
    examples: ["AttributeError: 'NoneType' object has no attribute 'locale'"],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.8 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.5 },
    ],
    status: [500],
    explain: 'Code used an attribute of a value that is None, typically a record or field older data does not have.',
    source: { title: 'Python docs: AttributeError', url: 'https://docs.python.org/3/library/exceptions.html#AttributeError' },
  },
  {
    id: 'python-nonetype-not-subscriptable',
    system: 'python',
    title: "Python: TypeError: 'NoneType' object is not subscriptable",
    pattern: String.raw`TypeError: 'NoneType' object is not (?:subscriptable|iterable)`,
    examples: ["TypeError: 'NoneType' object is not subscriptable", "TypeError: 'NoneType' object is not iterable"],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.8 },
      { id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.3 },
    ],
    status: [500],
    explain: 'Code indexed or iterated a value that is None: a missing field, row or response part.',
    source: { title: 'Python docs: TypeError', url: 'https://docs.python.org/3/library/exceptions.html#TypeError' },
  },
  {
    id: 'python-json-decode-error',
    system: 'python',
    title: 'Python: json.decoder.JSONDecodeError: Expecting value',
    pattern: String.raw`JSONDecodeError: Expecting value`,
    examples: [
      'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
      'requests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
    ],
    modes: [{ id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.9 }],
    status: [500],
    explain:
      'The body we tried to parse as JSON was empty or HTML (char 0 is the first character), usually an error page from a dependency.',
    source: { title: 'Python docs: json.JSONDecodeError', url: 'https://docs.python.org/3/library/json.html#json.JSONDecodeError' },
  },
  {
    id: 'python-during-handling-another-exception',
    system: 'python',
    title: 'Python: During handling of the above exception, another exception occurred',
    pattern: String.raw`During handling of the above exception, another exception occurred`,
    examples: ['During handling of the above exception, another exception occurred:'],
    modes: [{ id: 'FM-500-ERROR-HANDLER-THROWS', weight: 0.9 }],
    status: [500],
    explain:
      'Error handling code raised a second exception; the first traceback is the real failure, the last one points into the handler.',
    source: {
      title: 'Python docs: Built-in exceptions (exception context)',
      url: 'https://docs.python.org/3/library/exceptions.html#exception-context',
    },
  },
  {
    id: 'python-requests-read-timeout',
    system: 'python',
    title: 'Python requests: ReadTimeout (Read timed out)',
    pattern: String.raw`requests\.exceptions\.ReadTimeout|Read timed out\. \(read timeout=[\d.]+\)`,
    examples: [
      "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.partner.example', port=443): Read timed out. (read timeout=10)",
    ],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.8 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.4 },
    ],
    status: [500],
    explain: 'Our HTTP client gave up waiting for a dependency; unless caught and mapped, the request ends as a 500.',
    source: { title: 'Requests docs: Timeouts and errors', url: 'https://requests.readthedocs.io/en/latest/user/quickstart/#timeouts' },
  },
  {
    id: 'python-requests-connect-timeout',
    system: 'python',
    title: 'Python requests/urllib3: ConnectTimeout',
    pattern: String.raw`requests\.exceptions\.ConnectTimeout|ConnectTimeoutError\(`,
    examples: [
      "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.partner.example', port=443): Max retries exceeded with url: /v1/rates (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f3b2c1d0a90>, 'Connection to api.partner.example timed out. (connect timeout=5)'))",
    ],
    modes: [
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.6 },
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.5 },
    ],
    status: [500],
    explain: 'The TCP connection to a dependency did not complete within the connect timeout.',
    source: { title: 'Requests docs: Timeouts and errors', url: 'https://requests.readthedocs.io/en/latest/user/quickstart/#timeouts' },
  },
  {
    id: 'python-failed-to-establish-connection',
    system: 'python',
    title: 'Python urllib3: Failed to establish a new connection',
    pattern: String.raw`Failed to establish a new connection: \[Errno -?\d+\]`,
    examples: [
      "requests.exceptions.ConnectionError: HTTPConnectionPool(host='inventory', port=8080): Max retries exceeded with url: /items (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1d0a90>: Failed to establish a new connection: [Errno 111] Connection refused'))",
      'urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPSConnection object at 0x7f3b2c1d0a90>: Failed to establish a new connection: [Errno -2] Name or service not known',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.4 },
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.3 },
    ],
    status: [500],
    explain: 'Our process could not connect to a dependency: refused (Errno 111) or a name that does not resolve (Errno -2).',
    source: { title: 'Requests docs: Timeouts and errors', url: 'https://requests.readthedocs.io/en/latest/user/quickstart/#timeouts' },
  },
  {
    id: 'python-httpx-timeout',
    system: 'python',
    title: 'Python httpx: ReadTimeout / ConnectTimeout / PoolTimeout',
    pattern: String.raw`httpx\.(?:ReadTimeout|ConnectTimeout|PoolTimeout|WriteTimeout)\b`,
    examples: ['httpx.ReadTimeout: timed out', 'httpx.ConnectTimeout: timed out'],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.7 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500],
    explain: 'An httpx call to a dependency hit one of its timeouts (the default is 5 seconds).',
    source: { title: 'HTTPX docs: Timeouts', url: 'https://www.python-httpx.org/advanced/timeouts/' },
  },
  {
    id: 'python-sqlalchemy-queuepool-limit',
    system: 'python',
    title: 'SQLAlchemy: QueuePool limit of size N overflow M reached',
    pattern: String.raw`QueuePool limit of size \d+ overflow \d+ reached, connection timed out`,
    examples: [
      'sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)',
    ],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.95 },
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.3 },
    ],
    status: [500],
    explain: 'Every connection in the SQLAlchemy pool (size plus overflow) was checked out for longer than pool_timeout.',
    source: {
      title: 'SQLAlchemy docs: Error 3o7r (QueuePool limit reached)',
      url: 'https://docs.sqlalchemy.org/en/20/errors.html#error-3o7r',
    },
  },
  {
    id: 'python-psycopg-connection-failed',
    system: 'python',
    title: 'psycopg: OperationalError connecting to PostgreSQL',
    pattern: String.raw`psycopg2?\.OperationalError: (?:could not connect to server|connection to server at)`,
    examples: [
      'psycopg2.OperationalError: connection to server at "db.internal" (10.0.5.20), port 5432 failed: Connection refused',
      'psycopg2.OperationalError: could not connect to server: Connection refused',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.3 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
    ],
    status: [500],
    explain: 'The application could not open a connection to PostgreSQL.',
    source: { title: 'psycopg docs: Errors', url: 'https://www.psycopg.org/docs/errors.html' },
  },
  {
    id: 'python-too-many-open-files',
    system: 'python',
    title: 'Python: OSError: [Errno 24] Too many open files',
    pattern: String.raw`\[Errno 24\] Too many open files`,
    examples: ["OSError: [Errno 24] Too many open files: '/app/uploads/tmp-42.bin'", 'OSError: [Errno 24] Too many open files'],
    modes: [{ id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 }],
    status: [500],
    explain: 'The process reached its file-descriptor limit.',
    source: { title: 'Python docs: OSError', url: 'https://docs.python.org/3/library/exceptions.html#OSError' },
  },
  {
    id: 'python-memory-error',
    system: 'python',
    title: 'Python: MemoryError',
    pattern: String.raw`^\s*MemoryError\b`,
    examples: ['MemoryError', 'MemoryError: Unable to allocate 3.73 GiB for an array with shape (500000000,) and data type float64'],
    modes: [{ id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.8 }],
    status: [500],
    explain: 'The interpreter could not allocate memory for an object.',
    source: { title: 'Python docs: MemoryError', url: 'https://docs.python.org/3/library/exceptions.html#MemoryError' },
  },
  {
    id: 'python-django-improperly-configured',
    system: 'python',
    title: 'Django: ImproperlyConfigured',
    pattern: String.raw`django\.core\.exceptions\.ImproperlyConfigured`,
    examples: ['django.core.exceptions.ImproperlyConfigured: Set the DATABASE_URL environment variable'],
    modes: [
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.8 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.4 },
    ],
    status: [500],
    explain: 'A required Django setting is missing or invalid in this environment.',
    source: {
      title: 'Django docs: ImproperlyConfigured',
      url: 'https://docs.djangoproject.com/en/stable/ref/exceptions/#improperlyconfigured',
    },
  },
  {
    id: 'python-pydantic-validation-error',
    system: 'python',
    title: 'Pydantic: ValidationError (N validation errors for Model)',
    pattern: String.raw`ValidationError: \d+ validation errors? for \w+`,
    examples: [
      'pydantic_core._pydantic_core.ValidationError: 1 validation error for PartnerRate',
      'pydantic.error_wrappers.ValidationError: 2 validation errors for Order',
    ],
    modes: [
      { id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.6 },
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.4 },
    ],
    status: [500],
    explain: 'Data did not match the model: a dependency changed its payload, or stored records lack a field the model now requires.',
    source: { title: 'Pydantic docs: Validation errors', url: 'https://docs.pydantic.dev/latest/errors/validation_errors/' },
  },
];
