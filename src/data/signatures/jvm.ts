/**
 * Java and the JVM error signatures: text that Java and the JVM prints, each with the failure modes it points to.
 * This file holds one system (`system: 'jvm'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'jvm', name: 'Java and the JVM', hop: 'application' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'jvm-null-pointer-exception',
    system: 'jvm',
    title: 'Java: java.lang.NullPointerException',
    pattern: String.raw`java\.lang\.NullPointerException`,
    examples: [
      'java.lang.NullPointerException: Cannot invoke "com.example.shop.User.getLocale()" because "user" is null',
      'Caused by: java.lang.NullPointerException: null',
    ],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.8 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.6 },
    ],
    status: [500],
    explain: 'Code dereferenced a null reference; the helpful message (JDK 14+) names the variable that was null.',
    source: { title: 'OpenJDK JEP 358: Helpful NullPointerExceptions', url: 'https://openjdk.org/jeps/358' },
  },
  {
    id: 'jvm-out-of-memory-error',
    system: 'jvm',
    title: 'Java: java.lang.OutOfMemoryError',
    pattern: String.raw`java\.lang\.OutOfMemoryError\b`,
    examples: [
      'java.lang.OutOfMemoryError: Java heap space',
      'Exception in thread "http-nio-8080-exec-12" java.lang.OutOfMemoryError: Metaspace',
      'java.lang.OutOfMemoryError: Direct buffer memory',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 },
      { id: 'FM-504-GC-CPU-THROTTLE', weight: 0.4 },
    ],
    status: [500, 502],
    explain:
      'The JVM could not allocate memory in the heap, metaspace or direct buffers; requests fail and the process is often restarted.',
    source: {
      title: 'Oracle docs: Understand the OutOfMemoryError exception',
      url: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html',
    },
  },
  {
    id: 'jvm-oom-gc-overhead',
    system: 'jvm',
    title: 'Java: OutOfMemoryError: GC overhead limit exceeded',
    pattern: String.raw`OutOfMemoryError: GC overhead limit exceeded`,
    examples: ['java.lang.OutOfMemoryError: GC overhead limit exceeded'],
    modes: [
      { id: 'FM-504-GC-CPU-THROTTLE', weight: 0.7 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.7 },
    ],
    status: [500, 504],
    explain: 'The JVM spent almost all its time in garbage collection while recovering almost no memory: long stalls before the error.',
    source: {
      title: 'Oracle docs: Understand the OutOfMemoryError exception',
      url: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html',
    },
  },
  {
    id: 'jvm-oom-native-thread',
    system: 'jvm',
    title: 'Java: OutOfMemoryError: unable to create native thread',
    pattern: String.raw`OutOfMemoryError: unable to create (?:new )?native thread`,
    examples: [
      'java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      'java.lang.OutOfMemoryError: unable to create new native thread',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.2 },
    ],
    status: [500],
    explain:
      'The process hit its thread or memory limit (ulimit -u, pids cgroup, container memory), usually from a thread leak or an unbounded pool.',
    source: {
      title: 'Oracle docs: Understand the OutOfMemoryError exception',
      url: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html',
    },
  },
  {
    id: 'jvm-hikaricp-connection-not-available',
    system: 'jvm',
    title: 'HikariCP: Connection is not available, request timed out after ...ms',
    pattern: String.raw`Connection is not available, request timed out after \d+ms`,
    examples: [
      'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
      'HikariPool-1 - Connection is not available, request timed out after 30005ms (total=10, active=10, idle=0, waiting=42)',
    ],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.95 },
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.3 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.3 },
    ],
    status: [500],
    explain:
      'Every connection in the HikariCP pool stayed busy for connectionTimeout (30 s by default): slow queries, leaked connections or lock waits.',
    source: {
      title: 'HikariCP source: HikariPool.java (createTimeoutException)',
      url: 'https://github.com/brettwooldridge/HikariCP/blob/dev/src/main/java/com/zaxxer/hikari/pool/HikariPool.java',
    },
  },
  {
    id: 'jvm-tomcat-jdbc-pool-exhausted',
    system: 'jvm',
    title: 'Tomcat JDBC: PoolExhaustedException (Timeout: Pool empty)',
    pattern: String.raw`Timeout: Pool empty\. Unable to fetch a connection in \d+ seconds`,
    examples: [
      'org.apache.tomcat.jdbc.pool.PoolExhaustedException: [http-nio-8080-exec-10] Timeout: Pool empty. Unable to fetch a connection in 30 seconds, none available[size:100; busy:100; idle:0; lastwait:30000].',
    ],
    modes: [{ id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.95 }],
    status: [500],
    explain: 'The Tomcat JDBC pool had no idle connection within maxWait.',
    source: {
      title: 'Apache Tomcat docs: The Tomcat JDBC Connection Pool',
      url: 'https://tomcat.apache.org/tomcat-10.1-doc/jdbc-pool.html',
    },
  },
  {
    id: 'jvm-dbcp-pool-timeout',
    system: 'jvm',
    title: 'Commons DBCP: Cannot get a connection, pool error Timeout waiting for idle object',
    pattern: String.raw`Cannot get a connection, pool error Timeout waiting for idle object`,
    examples: [
      'org.springframework.jdbc.CannotGetJdbcConnectionException: Could not get JDBC Connection; nested exception is java.sql.SQLException: Cannot get a connection, pool error Timeout waiting for idle object',
    ],
    modes: [{ id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.95 }],
    status: [500],
    explain: 'The Commons DBCP pool had no idle connection within maxWaitMillis.',
    source: { title: 'Apache Commons DBCP: Configuration', url: 'https://commons.apache.org/proper/commons-dbcp/configuration.html' },
  },
  {
    id: 'jvm-socket-read-timed-out',
    system: 'jvm',
    title: 'Java: java.net.SocketTimeoutException: Read timed out',
    pattern: String.raw`java\.net\.SocketTimeoutException: Read timed out`,
    examples: ['java.net.SocketTimeoutException: Read timed out', 'Caused by: java.net.SocketTimeoutException: Read timed out'],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.7 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500],
    explain: 'A call to a dependency hit our own read timeout; unless translated, it surfaces as a 500.',
    source: {
      title: 'Java API docs: SocketTimeoutException',
      url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/SocketTimeoutException.html',
    },
  },
  {
    id: 'jvm-connect-timed-out',
    system: 'jvm',
    title: 'Java: connect timed out / ConnectException: Connection timed out',
    pattern: String.raw`java\.net\.SocketTimeoutException: [Cc]onnect timed out|java\.net\.ConnectException: Connection timed out`,
    examples: [
      'java.net.SocketTimeoutException: Connect timed out',
      'java.net.ConnectException: Connection timed out (Connection timed out)',
    ],
    modes: [
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.6 },
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.4 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.4 },
    ],
    status: [500, 504],
    explain: 'The TCP connection to a dependency never completed: dropped packets, a firewall, or a host that is down.',
    source: {
      title: 'Java API docs: SocketTimeoutException',
      url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/SocketTimeoutException.html',
    },
  },
  {
    id: 'jvm-connection-refused',
    system: 'jvm',
    title: 'Java: java.net.ConnectException: Connection refused',
    pattern: String.raw`java\.net\.ConnectException: Connection refused`,
    examples: ['java.net.ConnectException: Connection refused', 'Caused by: java.net.ConnectException: Connection refused: connect'],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.5 },
    ],
    status: [500, 502],
    explain: 'A dependency refused the connection: nothing listens at that address and port.',
    source: {
      title: 'Java API docs: ConnectException',
      url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/ConnectException.html',
    },
  },
  {
    id: 'jvm-connection-reset',
    system: 'jvm',
    title: 'Java: java.net.SocketException: Connection reset',
    pattern: String.raw`java\.net\.SocketException: Connection reset`,
    examples: ['java.net.SocketException: Connection reset', 'java.net.SocketException: Connection reset by peer'],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500, 502],
    explain: 'The other side reset the connection, often a pooled keep-alive connection it had closed as idle.',
    source: {
      title: 'Java API docs: SocketException',
      url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/SocketException.html',
    },
  },
  {
    id: 'jvm-too-many-open-files',
    system: 'jvm',
    title: 'Java: Too many open files',
    pattern: String.raw`(?:java\.net\.SocketException|java\.io\.IOException|java\.nio\.file\.FileSystemException): .*Too many open files`,
    examples: [
      'java.net.SocketException: Too many open files',
      'java.io.IOException: Too many open files',
      'java.nio.file.FileSystemException: /tmp/upload-42.bin: Too many open files',
    ],
    modes: [{ id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 }],
    status: [500],
    explain:
      'The JVM reached its file-descriptor limit, so sockets and files cannot be opened; a leak shows as a count that grows until restart.',
    source: {
      title: 'Java API docs: SocketException',
      url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/SocketException.html',
    },
  },
  {
    id: 'jvm-unknown-host',
    system: 'jvm',
    title: 'Java: java.net.UnknownHostException',
    pattern: String.raw`java\.net\.UnknownHostException`,
    examples: [
      'java.net.UnknownHostException: inventory.shop.svc.cluster.local',
      'Caused by: java.net.UnknownHostException: db.internal: Name or service not known',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.6 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.4 },
    ],
    status: [500],
    explain: 'The hostname of a dependency could not be resolved.',
    source: {
      title: 'Java API docs: UnknownHostException',
      url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/UnknownHostException.html',
    },
  },
  {
    id: 'jvm-ssl-pkix-path-building-failed',
    system: 'jvm',
    title: 'Java: SSLHandshakeException / PKIX path building failed',
    pattern: String.raw`PKIX path building failed|javax\.net\.ssl\.SSLHandshakeException`,
    examples: [
      'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
      'javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.8 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.3 },
    ],
    status: [500, 502],
    explain: "The TLS handshake to a dependency failed; PKIX means its certificate chain is not trusted by the JVM's truststore.",
    source: {
      title: 'Java API docs: SSLHandshakeException',
      url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/javax/net/ssl/SSLHandshakeException.html',
    },
  },
  {
    id: 'jvm-rejected-execution',
    system: 'jvm',
    title: 'Java: RejectedExecutionException (thread pool full)',
    pattern: String.raw`java\.util\.concurrent\.RejectedExecutionException`,
    examples: [
      'java.util.concurrent.RejectedExecutionException: Task java.util.concurrent.FutureTask@5b1a2c3d rejected from java.util.concurrent.ThreadPoolExecutor@7e8f9a0b[Running, pool size = 200, active threads = 200, queued tasks = 1000, completed tasks = 881245]',
    ],
    modes: [
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.7 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.5 },
    ],
    status: [500, 503],
    explain: 'An executor refused work because all its threads are busy and its queue is full.',
    source: {
      title: 'Java API docs: RejectedExecutionException',
      url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/concurrent/RejectedExecutionException.html',
    },
  },
  {
    id: 'jvm-resilience4j-call-not-permitted',
    system: 'jvm',
    title: "resilience4j: CircuitBreaker 'x' is OPEN and does not permit further calls",
    pattern: String.raw`CallNotPermittedException|CircuitBreaker '[^']+' is (?:OPEN|FORCED_OPEN) and does not permit further calls`,
    examples: [
      "io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'inventory' is OPEN and does not permit further calls",
    ],
    modes: [
      { id: 'FM-503-CIRCUIT-OPEN', weight: 0.95 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
    ],
    status: [503, 500],
    explain: 'The circuit breaker around a dependency is open, so calls are refused at once until it half-opens again.',
    source: { title: 'resilience4j docs: CircuitBreaker', url: 'https://resilience4j.readme.io/docs/circuitbreaker' },
  },
  {
    id: 'jvm-spring-resource-access-exception',
    system: 'jvm',
    title: 'Spring: ResourceAccessException: I/O error on ... request',
    pattern: String.raw`ResourceAccessException: I/O error on \w+ request for`,
    examples: [
      'org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://inventory:8080/items": Read timed out',
      'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://payments:9000/charge": Connection refused',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.4 },
    ],
    status: [500],
    explain:
      'A RestTemplate call to a dependency failed at the network level (timeout, refused, reset) and was not translated into a 502/503/504.',
    source: {
      title: 'Spring Framework API: ResourceAccessException',
      url: 'https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/web/client/ResourceAccessException.html',
    },
  },
  {
    id: 'jvm-gc-pause-full',
    system: 'jvm',
    title: 'JVM GC log: Pause Full / Full GC',
    pattern: String.raw`Pause Full \(|\[Full GC \(`,
    examples: [
      '[2026-11-22T09:14:18.442+0000][812.334s][info][gc] GC(812) Pause Full (G1 Compaction Pause) 3900M->3850M(4096M) 2850.123ms',
      '2026-11-22T09:14:18.442+0000: 812.334: [Full GC (Allocation Failure) [PSYoungGen: 0K->0K(305664K)] [ParOldGen: 699049K->699049K(699392K)] 699049K->699049K(1005056K), 2.8501230 secs]',
    ],
    modes: [
      { id: 'FM-504-GC-CPU-THROTTLE', weight: 0.9 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.4 },
    ],
    status: [504],
    explain:
      'A stop-the-world full collection froze every thread for the pause time shown; back-to-back full GCs mean the heap is nearly full.',
    source: {
      title: 'Oracle docs: HotSpot Virtual Machine Garbage Collection Tuning Guide',
      url: 'https://docs.oracle.com/en/java/javase/21/gctuning/',
    },
  },
  {
    id: 'jvm-stack-overflow-error',
    system: 'jvm',
    title: 'Java: java.lang.StackOverflowError',
    pattern: String.raw`java\.lang\.StackOverflowError`,
    examples: ['java.lang.StackOverflowError: null', 'Exception in thread "http-nio-8080-exec-3" java.lang.StackOverflowError'],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.5 },
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.3 },
    ],
    status: [500],
    explain: 'Unbounded recursion, often serialising an object graph with a cycle or a data shape the code did not expect.',
    source: {
      title: 'Java API docs: StackOverflowError',
      url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/StackOverflowError.html',
    },
  },
  {
    id: 'jvm-jackson-unexpected-html',
    system: 'jvm',
    title: "Jackson: JsonParseException: Unexpected character ('<') / No content to map",
    pattern: String.raw`JsonParseException: Unexpected character \('<'|No content to map due to end-of-input`,
    examples: [
      "com.fasterxml.jackson.core.JsonParseException: Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
      'com.fasterxml.jackson.databind.exc.MismatchedInputException: No content to map due to end-of-input',
    ],
    modes: [{ id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.9 }],
    status: [500],
    explain: 'A dependency answered with HTML (usually an error page) or an empty body where JSON was expected.',
    source: {
      title: 'Jackson docs: JsonParseException',
      url: 'https://fasterxml.github.io/jackson-core/javadoc/2.17/com/fasterxml/jackson/core/JsonParseException.html',
    },
  },
  {
    id: 'jvm-senderror-after-commit',
    system: 'jvm',
    title: 'Servlet: Cannot call sendError() after the response has been committed',
    pattern: String.raw`Cannot call sendError\(\) after the response has been committed`,
    examples: ['java.lang.IllegalStateException: Cannot call sendError() after the response has been committed'],
    modes: [{ id: 'FM-500-ERROR-HANDLER-THROWS', weight: 0.85 }],
    status: [500],
    explain: 'Error handling ran after part of the response was already sent, so it failed too and hid the original exception.',
    source: {
      title: 'Jakarta Servlet API: HttpServletResponse.sendError',
      url: 'https://jakarta.ee/specifications/servlet/6.0/apidocs/jakarta.servlet/jakarta/servlet/http/httpservletresponse',
    },
  },
  {
    id: 'jvm-spring-unresolved-placeholder',
    system: 'jvm',
    title: "Spring: Could not resolve placeholder '...' in value",
    pattern: String.raw`Could not resolve placeholder '[^']+' in value`,
    examples: ['java.lang.IllegalArgumentException: Could not resolve placeholder \'PAYMENTS_API_URL\' in value "${PAYMENTS_API_URL}"'],
    modes: [
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.85 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.5 },
    ],
    status: [500, 503],
    explain: 'A setting the application needs is missing in this environment, so the context fails to start or the bean cannot be created.',
    source: {
      title: 'Spring Framework docs: Environment abstraction and property sources',
      url: 'https://docs.spring.io/spring-framework/reference/core/beans/environment.html',
    },
  },
];
