import { describe, expect, it } from 'vitest';
import { firstScreenActions, ownerContact, readDoFirst, UNCONFIGURED_ESCALATION_HREF } from '../../src/lib/firstScreen';
import { ownerKeys, owners } from '../../src/data/owners';

describe('ownerContact', () => {
  it('says "not configured" for the default link, and points to where to set it', () => {
    expect(ownerContact({ label: 'Page platform on-call', href: UNCONFIGURED_ESCALATION_HREF })).toEqual({
      configured: false,
      label: 'Page platform on-call',
      setupHref: '/docs/adopt#escalation-links',
    });
    expect(ownerContact({ label: 'x', href: '  ' }).configured).toBe(false);
  });
  it('passes a configured link through', () => {
    expect(ownerContact({ label: 'Page SRE', href: 'https://acme.pagerduty.com/service/P1' })).toEqual({
      configured: true,
      label: 'Page SRE',
      href: 'https://acme.pagerduty.com/service/P1',
    });
  });
  it('treats an entry with its own contact as configured, and the shipped defaults as not configured', () => {
    expect(ownerContact({ label: 'Page the payments team', href: 'https://pager.example.com/payments' })).toEqual({
      configured: true,
      label: 'Page the payments team',
      href: 'https://pager.example.com/payments',
    });
    // Every shipped owner has the default: adopters see "contact not configured" until they set it.
    expect(ownerKeys.filter((k) => ownerContact(owners[k].escalation).configured)).toEqual([]);
  });
});

describe('readDoFirst and firstScreenActions', () => {
  it('keeps well-formed actions and drops the rest', () => {
    expect(readDoFirst([{ action: 'Look', when: 'Now' }, { action: '', when: 'x' }, { action: 1 }, null, 'text'])).toEqual([
      { action: 'Look', when: 'Now' },
    ]);
    expect(readDoFirst(undefined)).toEqual([]);
  });
  it('prefers do_first and falls back to first_action', () => {
    expect(firstScreenActions([{ action: 'A', when: 'B' }], 'single')).toEqual([{ action: 'A', when: 'B' }]);
    expect(firstScreenActions([], 'single')).toEqual([{ action: 'single', when: '' }]);
    expect(firstScreenActions([], ' ')).toEqual([]);
  });
});
