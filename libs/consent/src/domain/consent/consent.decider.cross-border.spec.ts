import { DeciderSpecification } from '@usm/event-sourcing/testing';
import type { ConsentGranted, ConsentRevoked } from './consent.events';
import { consentDecider } from './consent.decider';
import { grantCommand, granted, revokeCommand, revoked, t0 } from './consent.spec-fixtures';

const spec = DeciderSpecification.for(consentDecider);

// The privacy service asks about reporters by their keyed pseudonym, colons included (ADR 0007).
const key = { subjectId: 'hmac-sha256:default-2026-11:q3Zf_0-x', purpose: 'crossBorderSharing' } as const;
const consentId = `consent-${key.subjectId}-crossBorderSharing`;
const sharingGranted: ConsentGranted = { ...granted(t0), data: { ...granted(t0).data, ...key, consentId } };
const sharingRevoked = (at: number): ConsentRevoked => ({ ...revoked(at), data: { ...revoked(at).data, ...key, consentId } });

describe('Consent decider: crossBorderSharing', () => {
  it('given no consent, when cross-border sharing is granted to a keyed pseudonym, then ConsentGranted on its own stream', () => {
    spec.given([]).when({ ...grantCommand(t0), data: { ...grantCommand(t0).data, ...key } }).then([sharingGranted]);
  });

  it('given cross-border sharing in force, when revoked, then ConsentRevoked', () => {
    const revoke = revokeCommand(t0 + 1_000);
    spec.given([sharingGranted]).when({ ...revoke, data: { ...revoke.data, ...key } }).then([sharingRevoked(t0 + 1_000)]);
  });
});
