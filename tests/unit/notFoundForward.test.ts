import { describe, expect, it } from 'vitest';
import { notFoundForward, type ForwardData } from '../../src/lib/notFoundForward';

const data: ForwardData = {
  ids: ['FM-502-KEEPALIVE-RACE', 'FM-503-NO-HEALTHY-UPSTREAM'],
  retired: { 'FM-502-OLD-NAME': 'FM-502-KEEPALIVE-RACE' },
  alerts: [
    { alertname: 'KubePodCrashLooping', target: { runbook: 'FM-503-NO-HEALTHY-UPSTREAM' }, source: 'test', note: 'test' },
    { alertname: 'High502Rate', target: { tree: '502' }, source: 'test', note: 'test' },
  ],
};
const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('notFoundForward', () => {
  it('forwards a short link in any letter case, keeping query and fragment', () => {
    expect(notFoundForward(at('/r/Fm-502-KeepAlive-Race', '?service=api', '#diagnosis'), '/', data)).toBe(
      '/docs/failure-modes/fm-502-keepalive-race?service=api#diagnosis',
    );
  });

  it('forwards a retired id to its replacement', () => {
    expect(notFoundForward(at('/r/fm-502-old-name/'), '/', data)).toBe('/docs/failure-modes/fm-502-keepalive-race');
  });

  it('leaves an unknown id, and any other missing page, on the 404 page', () => {
    expect(notFoundForward(at('/r/FM-502-NO-SUCH-THING'), '/', data)).toBeNull();
    expect(notFoundForward(at('/docs/nothing-here'), '/', data)).toBeNull();
  });

  it('sends a known alert to its page and an unknown one to triage, with the alert name in the context', () => {
    expect(notFoundForward(at('/alerts/KUBEPODCRASHLOOPING', '?cluster=eu-1'), '/', data)).toBe(
      '/docs/failure-modes/fm-503-no-healthy-upstream?cluster=eu-1&alertname=KubePodCrashLooping',
    );
    expect(notFoundForward(at('/alerts/MyTeamsOwnAlert', '?status=503'), '/', data)).toBe(
      '/docs/triage?status=503&alertname=MyTeamsOwnAlert',
    );
  });

  it('keeps the base URL of a site served below the root', () => {
    expect(notFoundForward(at('/guide/r/fm-502-keepalive-race'), '/guide/', data)).toBe('/guide/docs/failure-modes/fm-502-keepalive-race');
    expect(notFoundForward(at('/r/fm-502-keepalive-race'), '/guide/', data)).toBeNull();
  });

  it('ignores an alert name with characters no alerting tool allows', () => {
    expect(notFoundForward(at('/alerts/%3Cscript%3E'), '/', data)).toBeNull();
  });
});
