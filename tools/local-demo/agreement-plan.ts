/** An agreement the mesh needs: `source` shares `topics` with `partner`, drafted in the source city's ledger. */
export interface NeededAgreement {
  readonly source: string;
  readonly partner: string;
}

/** One agreement row as the ledger's `GET /v1/agreements/active` returns it (the fields the plan reads). */
export interface ActiveAgreementRow {
  readonly agreementId: string;
  readonly partnerId: string;
  readonly topics: readonly string[];
}

/** Every ordered pair of cities: each city shares with every other, so replication flows both ways. */
export function neededAgreements(cities: readonly string[]): NeededAgreement[] {
  return cities.flatMap((source) => cities.filter((partner) => partner !== source).map((partner) => ({ source, partner })));
}

/** The agreement in force that already covers every topic for the partner, to reuse instead of signing another. */
export function reusableAgreement(active: readonly ActiveAgreementRow[], partner: string, topics: readonly string[]): ActiveAgreementRow | undefined {
  return active.find((row) => row.partnerId === partner && topics.every((topic) => row.topics.includes(topic)));
}

/** The draft the source city's DPO proposes: every shareable topic, for AI training and validation, open-ended. */
export function agreementDraft(partner: string, topics: readonly string[], validFrom: string): Record<string, unknown> {
  return {
    partner: { partnerId: partner, name: `${partner[0]?.toUpperCase() ?? ''}${partner.slice(1)} city`, kind: 'city' },
    topics,
    purposes: ['aiTraining', 'aiValidation'],
    partnerRetentionDays: 30,
    validity: { validFrom, validUntil: null },
  };
}
