import { describe, expect, it } from 'vitest';
import { alertPageView } from '../../src/lib/unknownAlert';
import type { AlertMapping } from '../../src/lib/alertTypes';
import { alertMappings } from '../../src/data/alerts';

const known = alertMappings[0] as AlertMapping;

describe('alertPageView', () => {
  it('names an unknown alert and offers triage by the status in the link first, keeping the context', () => {
    const view = alertPageView('/alerts/MyTeamsOwnAlert', '?service=billing&status=503&junk=1', '/', alertMappings);
    expect(view).toEqual({
      kind: 'unknown',
      alertname: 'MyTeamsOwnAlert',
      status: 503,
      triageHref: '/docs/triage?status=503&service=billing&alertname=MyTeamsOwnAlert',
      codes: [503, 500, 502, 504].map((code) => ({
        code,
        href: `/docs/codes/${code}?status=503&service=billing&alertname=MyTeamsOwnAlert`,
      })),
    });
  });
  it('works under a base URL and without any context', () => {
    const view = alertPageView('/guide/alerts/Other/', '', '/guide/', alertMappings);
    expect(view.kind === 'unknown' && view.alertname).toBe('Other');
    expect(view.kind === 'unknown' && view.status).toBeNull();
    expect(view.kind === 'unknown' && view.triageHref).toBe('/docs/triage?alertname=Other');
  });
  it('does not echo an unusable name, and ignores a status that is not a 5xx the guide covers', () => {
    const view = alertPageView('/alerts/%3Cscript%3E', '?status=404', '/', alertMappings);
    expect(view).toMatchObject({ kind: 'unknown', alertname: null, status: null, triageHref: '/docs/triage' });
    const bare = alertPageView('/alerts/', '', '/', alertMappings);
    expect(bare).toMatchObject({ kind: 'unknown', alertname: null });
  });
  it('forwards a known name (any letter case) to its page, as the static link files do', () => {
    const view = alertPageView(`/alerts/${known.alertname.toUpperCase()}`, '?cluster=eu-1', '/', alertMappings);
    expect(view.kind).toBe('known');
    expect(view.kind === 'known' && view.href).toContain(`alertname=${known.alertname}`);
    expect(view.kind === 'known' && view.href).toContain('cluster=eu-1');
  });
});
