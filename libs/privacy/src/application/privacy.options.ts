import type { ClientCredentials } from '@usm/security';
import type { ProcessorSettings } from '@usm/messaging';

/** What the privacy context needs from its app; Kafka and the registry come from `MessagingModule`. */
export interface PrivacyOptions {
  /** City id of this node. */
  readonly city: string;
  /** Path of the privacy policy YAML. */
  readonly policyFile: string;
  /** Environment the policy's secret is read from: the policy names the variable, the app's config hands the environment over. */
  readonly policyEnvironment: Readonly<Record<string, string | undefined>>;
  readonly stream: {
    /** The catalog's raw and anonymised topics unless a test brings its own. */
    readonly inputTopic?: string;
    readonly outputTopic?: string;
    readonly groupId: string;
    /** Stable and unique per running instance; the transactional id is derived from it and the input topic. */
    readonly instanceId: string;
    /** Where a group with no committed offset starts. */
    readonly fromBeginning: boolean;
    readonly settings?: Partial<ProcessorSettings>;
  };
  /** Who answers the legal-basis gate: the policy's lists (default) or the consent ledger, per subject (ADR 0007). */
  readonly legalBasisGate?: LegalBasisGateChoice;
  /** The city's source-system registry (YAML); the shipped `policies/source-systems.<city>.yaml` when absent. */
  readonly sourceSystemsFile?: string;
  /** The egress guard's quarantine and the rate that turns readiness red; defaults in `defaultEgressSettings`. */
  readonly egress?: Partial<EgressSettings>;
  /** Endpoints `/health` checks, with one timeout for each check. */
  readonly health: {
    readonly kafkaBrokers: readonly string[];
    /** The service's SASL_SSL principal, as the messaging module connects with it. */
    readonly kafkaSecurity?: { readonly ca: string; readonly sasl: { readonly mechanism: 'scram-sha-512'; readonly username: string; readonly password: string } };
    readonly registryUrl: string;
    readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
    readonly timeoutMs: number;
  };
  /** Called when the pipeline cannot go on (fenced by a newer instance); the default ends the process so it is restarted. */
  readonly onFatal?: (error: Error) => void;
}

/** The policy file answers from the basis alone; the ledger asks the consent service at `url`, each question bounded by `timeoutMs`. */
/** `credentials`: the privacy service's own client, whose token the ledger requires (`legal-basis:read`). */
export type LegalBasisGateChoice = { readonly kind: 'policy' } | { readonly kind: 'ledger'; readonly url: string; readonly timeoutMs: number; readonly credentials?: ClientCredentials };

/** Where the egress guard sends what it stops, and how many stopped records readiness tolerates. */
export interface EgressSettings {
  /** The catalog's quarantine topic unless a test brings its own. */
  readonly quarantineTopic?: string;
  /** Share of guarded records (0..1) quarantined over the window above which readiness turns red. */
  readonly maxQuarantineRate: number;
  readonly windowMs: number;
  /** Fewer guarded records than this in the window never turn readiness red. */
  readonly minRecords: number;
}

/** 1 % of guarded records over five minutes, counted once at least 20 records were guarded. */
export const defaultEgressSettings: EgressSettings = { maxQuarantineRate: 0.01, windowMs: 300_000, minRecords: 20 };
