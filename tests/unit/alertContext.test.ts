import { describe, expect, it } from 'vitest';
import { contextForNote, contextQuery, contextStatus, hasContext, parseAlertContext } from '../../src/lib/alertContext';

describe('alert context', () => {
  it('reads every known field and ignores unknown ones', () => {
    const ctx = parseAlertContext(
      '?alertname=High5xxRate&status=502&service=checkout%20api&env=prod&cluster=eu-1&region=eu-west-1&route=POST%20%2Fv1%2Forders&severity=critical&value=0.0734&starts_at=2026-11-22T09:14:18Z&request_id=req_18f8ab&utm_source=x&path=a.b',
    );
    expect(ctx.problems).toEqual([]);
    expect(ctx.values).toEqual({
      alertname: 'High5xxRate',
      status: '502',
      service: 'checkout api',
      env: 'prod',
      cluster: 'eu-1',
      region: 'eu-west-1',
      route: 'POST /v1/orders',
      severity: 'critical',
      value: '0.0734',
      starts_at: '2026-11-22T09:14:18Z',
      request_id: 'req_18f8ab',
    });
    expect(contextStatus(ctx)).toBe(502);
    expect(hasContext(ctx)).toBe(true);
  });

  it.each([
    ['status', '418', 'one of 500, 502, 503, 504'],
    ['severity', 'apocalyptic', 'severity'],
    ['value', '12 requests', 'a number'],
    ['starts_at', 'yesterday', 'ISO 8601'],
    ['request_id', 'abc<script>', 'letters, digits'],
    ['alertname', 'High 5xx', 'letters, digits'],
    ['service', 'api\u202eevil', 'control characters'],
  ])('names an invalid %s and ignores it', (field, value, message) => {
    const ctx = parseAlertContext(`?${field}=${encodeURIComponent(value)}&env=prod`);
    expect(ctx.values).toEqual({ env: 'prod' });
    expect(ctx.problems).toEqual([expect.objectContaining({ field, message: expect.stringContaining(message) })]);
  });

  it('limits lengths and shortens what it echoes back', () => {
    const ctx = parseAlertContext(`?service=${'a'.repeat(500)}`);
    expect(ctx.values.service).toBeUndefined();
    expect(ctx.problems[0]?.message).toContain('at most 100');
    expect(ctx.problems[0]?.received.length).toBeLessThanOrEqual(41);
  });

  it('keeps markup as plain text: the view escapes it', () => {
    const ctx = parseAlertContext(`?service=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(ctx.values.service).toBe('<img src=x onerror=alert(1)>');
  });

  it('has no context for an ordinary address', () => {
    expect(hasContext(parseAlertContext('?path=a.b&tree=502'))).toBe(false);
  });

  it('formats context for the incident note and for forwarding', () => {
    const ctx = parseAlertContext('?service=api&alertname=High5xxRate&bogus=1');
    expect(contextForNote(ctx)).toEqual({ Alert: 'High5xxRate', Service: 'api' });
    expect(contextQuery(ctx)).toBe('alertname=High5xxRate&service=api');
  });
});
