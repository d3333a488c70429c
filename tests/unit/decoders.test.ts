/**
 * The log-line decoders, each on real lines copied from vendor documentation or public issue
 * threads (URL beside each line).
 */
import { describe, expect, it } from 'vitest';
import { decodeLine } from '../../src/lib/decoders';
import { decodeHaproxy, spellTerminationState } from '../../src/lib/decoders/haproxy';
import { decodeNginxAccess, decodeNginxError } from '../../src/lib/decoders/nginx';
import { decodeEnvoyText } from '../../src/lib/decoders/envoy';
import { decodeAwsElb } from '../../src/lib/decoders/awsElb';
import { decodeHeroku } from '../../src/lib/decoders/heroku';
import { decodeKubernetes } from '../../src/lib/decoders/kubernetes';
import { decodeAppServer } from '../../src/lib/decoders/appServers';
import { decodeCloudflare } from '../../src/lib/decoders/cloudflare';
import { decodeStatusLine } from '../../src/lib/decoders/statusLine';
import { decodeGcp } from '../../src/lib/decoders/gcp';
import { decodeCloudFront } from '../../src/lib/decoders/cloudfront';

const field = (d: { fields: { name: string; value: string; meaning?: string }[] } | null, name: string) =>
  d?.fields.find((f) => f.name === name);
const ids = (d: { modes: { id: string }[] } | null) => (d?.modes ?? []).map((m) => m.id);

describe('HAProxy HTTP log', () => {
  // https://docs.haproxy.org/dev/configuration.html#8.9 (doc/configuration.txt, "Examples of logs")
  const sc =
    'haproxy[18989]: 10.0.0.1:34552 [15/Oct/2003:15:26:31.462] px-http px-http/srv1 3183/-1/-1/-1/11215 503 0 - - SC-- 205/202/202/115/3 0/0 "HEAD / HTTP/1.0"';
  const ph =
    'haproxy[674]: 127.0.0.1:33320 [15/Oct/2003:08:32:17.925] px-http px-http/srv1 9/0/7/14/30 502 243 - - PH-- 3/2/2/0/0 0/0 "GET /cgi-bin/bug.cgi? HTTP/1.0"';
  const cr =
    'haproxy[18113]: 127.0.0.1:34548 [15/Oct/2003:15:18:55.798] px-http px-http/<NOSRV> -1/-1/-1/-1/8490 -1 0 - - CR-- 2/2/2/0/0 0/0 ""';
  // https://github.com/haproxy/haproxy/issues/2368
  const sh =
    'Mar 26 14:35:48 localhost haproxy [26/Mar/2025:14:35:48.889] webserver~ webserver 0/0/53/-1/69 502 1029 - - SH-- 7/6/1/1/0 0/0 "GET  HTTP/2.0" fc_err=- bc_err=ERESET tevts={,,e1,S5s1,E6E1,M6M1,F3}';

  it('spells the termination state out character by character', () => {
    const d = decodeHaproxy(sc);
    expect(d?.status).toBe(503);
    expect(field(d, 'termination state, 1st char')?.meaning).toMatch(/server aborted or refused/);
    expect(field(d, 'termination state, 2nd char')?.meaning).toMatch(/connection to the server/);
    expect(field(d, 'Tc (connect)')?.meaning).toMatch(/never completed/);
    expect(ids(d)[0]).toBe('FM-502-CONNECTION-REFUSED');
    expect(spellTerminationState('sH--').map((f) => f.meaning)).toEqual([
      'the server-side timeout expired',
      'waiting for complete response headers from the server',
      'no persistence cookie configured',
      'no cookie handling configured',
    ]);
  });

  it('says HAProxy itself blocked an invalid response (PH) and that a client abort (CR) is the client', () => {
    expect(ids(decodeHaproxy(ph))).toContain('FM-502-PROTOCOL-MISMATCH');
    const c = decodeHaproxy(cr);
    expect(c?.hop).toBe('client');
    expect(c?.status).toBeNull();
    expect(field(c, 'backend/server')?.meaning).toMatch(/no server was picked/);
  });

  it('reads a line without the client address (server aborted while headers were awaited)', () => {
    const d = decodeHaproxy(sh);
    expect(d?.status).toBe(502);
    expect(field(d, 'Tr (response headers)')?.meaning).toMatch(/never sent complete response headers/);
    expect(ids(d)[0]).toBe('FM-502-RESET-BEFORE-HEADERS');
  });
});

describe('nginx', () => {
  // https://github.com/getsentry/self-hosted/issues/477
  const err =
    '2020/05/07 03:15:12 [error] 6#6: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.21.0.1, server: , request: "GET / HTTP/1.1", upstream: "http://172.21.0.19:9000/", host: "0.0.0.0:9000"';
  const access =
    '172.21.0.1 - - [07/May/2020:03:15:12 +0000] "GET / HTTP/1.1" 502 157 "-" "Mozilla/5.0 (X11; Fedora; Linux x86_64; rv:60.0) Gecko/20100101 Firefox/60.0"';
  // https://github.com/chobits/ngx_http_proxy_connect_module/issues/72
  const connectTimeout =
    '2019/01/17 21:38:32 [error] 4213#4213: *12683 upstream timed out (110: Connection timed out) while connecting to upstream(proxy_connect), client: 192.168.0.138, server: , request: "CONNECT registry.npmjs.org:443 HTTP/1.1", host: "registry.npmjs.org"';

  it('names the fields of an error line and maps the message', () => {
    const d = decodeNginxError(err);
    expect(field(d, 'upstream')?.value).toBe('http://172.21.0.19:9000/');
    expect(field(d, 'request')?.value).toBe('GET / HTTP/1.1');
    expect(d?.status).toBe(502);
    expect(ids(d)[0]).toBe('FM-502-CONNECTION-REFUSED');
    expect(ids(decodeNginxError(connectTimeout))[0]).toBe('FM-504-CONNECT-VS-READ');
  });

  it('reads the combined access format; a 502 without upstream fields is only a status hint', () => {
    const d = decodeNginxAccess(access);
    expect(d?.status).toBe(502);
    expect(field(d, 'request')?.value).toBe('GET / HTTP/1.1');
    expect(d?.specific).toBe(false);
  });

  it("reads the upstream fields of ingress-nginx's default format, one value per attempt", () => {
    // https://github.com/kubernetes/ingress-nginx/issues/9443
    const ingress =
      '108.162.227.25 - - [08/Mar/2023:16:02:45 +0000] "GET / HTTP/1.1" 504 562 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36" 1100 14.998 [pc-dev-example-web-service-80] [] 192.168.215.1:80, 192.168.215.1:80, 192.168.215.1:80 0, 0, 0 5.000, 5.000, 5.000 504, 504, 504 a7c98d98ac870f64981a997cd2f373a1';
    const d = decodeNginxAccess(ingress);
    expect(field(d, 'proxy_upstream_name')?.value).toBe('pc-dev-example-web-service-80');
    expect(field(d, 'upstream_status')?.value).toBe('504, 504, 504');
    expect(d?.specific).toBe(true);
    // Three attempts, each given up after the same 5 s with no byte: the connect timer, not a slow app.
    expect(d?.modes.slice(0, 2).map((m) => m.id)).toEqual(['FM-504-CONNECT-VS-READ', 'FM-504-NETWORK-BLACKHOLE']);
    // A combined line without that tail is not read as one.
    expect(field(decodeNginxAccess(access), 'proxy_upstream_name')).toBeUndefined();
  });
});

describe('Envoy', () => {
  // https://github.com/istio/istio/issues/45802
  const uc =
    '"GET /v1/status HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 0 95 0 - "10.90.16.220" "Apache-HttpClient/4.5.1 (Java/1.8.0_372)" "3a7cbcc1-af72-47fb-bbac-a7672951f50f" "health.abc.com" "10.80.47.192:8181" outbound|80||health-api.production.svc.cluster.local 10.80.45.233:37132 10.80.45.233:80 10.80.46.220:59375 - -';
  it('decodes the flag and %RESPONSE_CODE_DETAILS%', () => {
    const d = decodeEnvoyText(uc);
    expect(d?.status).toBe(503);
    expect(field(d, 'response flag UC')?.meaning).toBe('upstream connection termination');
    expect(field(d, 'response_code_details')?.meaning).toMatch(/closed the connection before the response started/);
    expect(ids(d).slice(0, 2)).toEqual(expect.arrayContaining(['FM-503-MESH-UPSTREAM-RESET', 'FM-502-KEEPALIVE-RACE']));
  });
});

describe('AWS load balancers', () => {
  // https://github.com/ozantunca/elb-log-analyzer/issues/14 (a Classic Load Balancer line)
  const clb =
    '2017-06-26T08:38:27.991796Z xxxxxxx 172.27.19.150:43326 172.27.19.217:80 0.00008 0.000626 0.000057 503 503 566 326 "POST http://internal-xxx.ap-northeast-1.elb.amazonaws.com:80/api/v1/hoge HTTP/1.0" "Xxxx/1.0.4 (iPad; iOS 10.3.2; Scale/2.00)" - -';
  it('tells a status the back end sent from one the load balancer wrote', () => {
    const d = decodeAwsElb(clb);
    expect(d?.format).toBe('aws-clb');
    expect(field(d, 'backend_status_code')?.value).toBe('503');
    expect(d?.hop).toBe('application');
  });
});

describe('Heroku router', () => {
  // https://github.com/sendgrid/eventkit-rails/issues/17
  const h12 =
    '2016-01-15T16:13:56.982182+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=POST path="/" host=sendgridwebhooks.herokuapp.com request_id=7c9ad137-4e08-4089-8d50-f09d8b7654ab fwd="167.89.121.247" dyno=web.1 connect=2ms service=30000ms status=503 bytes=0';
  // https://github.com/Rob--W/cors-anywhere/issues/20
  const h18 =
    '2015-02-13T14:49:46.197735+00:00 heroku[router]: sock=client at=error code=H18 desc="Request Interrupted" method=GET  connect=1ms service=113ms status=503 bytes=11359';
  it('reads the code, the service time and which side closed', () => {
    const d = decodeHeroku(h12);
    expect(field(d, 'code')?.meaning).toMatch(/Request timeout/);
    expect(field(d, 'service')?.meaning).toMatch(/30-second/);
    expect(ids(d)[0]).toBe('FM-504-LONG-SYNC-WORK');
    expect(decodeHeroku(h18)?.hop).toBe('client');
  });
});

describe('Kubernetes, app servers, Cloudflare, bare status', () => {
  it('maps a readiness probe failure to endpoints leaving the Service', () => {
    // https://github.com/istio/istio/issues/42940
    const d = decodeKubernetes(
      '31m         Warning   Unhealthy                 pod/istio-cni-node-4b756              Readiness probe failed: HTTP probe failed with statuscode: 503',
    );
    expect(ids(d)[0]).toBe('FM-503-EMPTY-ENDPOINTS');
    expect(field(d, 'probe status code')?.value).toBe('503');
  });

  it('reads uWSGI harakiri, PHP-FPM max_children and gunicorn worker timeouts', () => {
    // https://github.com/unbit/uwsgi/issues/480
    expect(ids(decodeAppServer('Dec 15 19:11:01 servername app: *** HARAKIRI ON WORKER 10 (pid: 97702, try: 1) ***'))[0]).toBe(
      'FM-502-WORKER-TIMEOUT-KILL',
    );
    // https://github.com/geokrety/geokrety-website/issues/855
    expect(
      ids(decodeAppServer('[15-Sep-2023 11:20:19] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it'))[0],
    ).toBe('FM-504-WORKER-STARVATION');
    // https://github.com/benoitc/gunicorn/issues/3136
    const g = decodeAppServer('[2024-01-09 13:24:39 +0000] [1637] [CRITICAL] WORKER TIMEOUT (pid:7214)');
    expect(g?.hop).toBe('app-server');
    expect(ids(g)[0]).toBe('FM-502-WORKER-TIMEOUT-KILL');
  });

  it("reads a Cloudflare error page and leaves other servers' pages alone", () => {
    // https://github.com/danielbachhuber/gutenberg-plugin-compatibility/issues/17
    const cf = decodeCloudflare('Error 524 Ray ID: 4055103399d8531a • 2018-04-02 17:39:05 UTC');
    expect(cf?.hop).toBe('cdn');
    expect(field(cf, 'Ray ID')?.value).toBe('4055103399d8531a');
    expect(ids(cf)[0]).toBe('FM-504-CDN-ORIGIN-TIMEOUT');
    // https://github.com/dbfannin/ngx-logger/issues/329: an Apache page is no Cloudflare page
    expect(decodeCloudflare('<address>Apache/2.4.46 (Win64) OpenSSL/1.1.1h PHP/7.4.13 Server at XXX Port 443</address>')).toBeNull();
  });

  it('reads a bare status line and names it weak', () => {
    // https://www.rfc-editor.org/rfc/rfc9110#name-503-service-unavailable (the status line as RFC 9112 prints it)
    const d = decodeStatusLine('HTTP/1.1 503 Service Unavailable');
    expect(d?.status).toBe(503);
    expect(d?.specific).toBe(false);
    expect(decodeLine('Error 503: service temporarily unavailable')[0]?.status).toBe(503);
  });

  it('reads GCP statusDetails and CloudFront detailed result types', () => {
    // https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring#failure-messages
    // (the documented value, as it appears in the statusDetails field)
    expect(ids(decodeGcp('backend_connection_closed_before_data_sent_to_client'))[0]).toBe('FM-502-KEEPALIVE-RACE');
    // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html
    expect(ids(decodeCloudFront('OriginConnectError'))[0]).toBe('FM-502-CDN-ORIGIN-UNREACHABLE');
  });

  it('reads nothing into a line that is no server error', () => {
    expect(decodeLine('the quick brown fox')).toEqual([]);
  });
});
