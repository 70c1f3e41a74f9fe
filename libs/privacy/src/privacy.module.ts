import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { METRICS_REGISTRY } from '@usm/observability';
import { Registry } from 'prom-client';
import { PrivacyOptions } from './application/privacy.options';
import { LEGAL_BASIS_GATE, LOADED_PRIVACY_POLICY, PRIVACY_METRICS, PRIVACY_OPTIONS, SOURCE_SYSTEM_REGISTRY } from './application/privacy.tokens';
import { PrivacyHealth } from './adapters/health/privacy-health.provider';
import { PrivacyPipeline } from './adapters/kafka/privacy-pipeline.provider';
import { PrometheusPrivacyMetrics } from './adapters/metrics/prometheus-privacy-metrics';
import { LoadedPrivacyPolicy, loadPrivacyPolicy } from './adapters/policy/load-privacy-policy';
import { LedgerLegalBasisGate } from './adapters/ledger/ledger-legal-basis-gate';
import { defaultSourceSystemsPath, loadSourceSystems } from './adapters/source-systems/load-source-systems';
import type { LegalBasisGate } from './application/ports';
import { policyLegalBasisGate } from './domain/release/policy-legal-basis-gate';
import { clientCredentialsTokens } from '@usm/security';

/**
 * The privacy context: reads raw safety events, anonymises them under the city's policy, keeps in the
 * city those whose legal basis does not allow sharing, and produces the rest to the anonymised topic
 * exactly once. Needs `MessagingModule` and `ObservabilityModule` in the app. Boot fails when the
 * policy or its secret is missing or invalid.
 */
@Module({})
export class PrivacyModule {
  static forRoot(options: PrivacyOptions): DynamicModule {
    return {
      module: PrivacyModule,
      providers: [
        { provide: PRIVACY_OPTIONS, useValue: options },
        { provide: LOADED_PRIVACY_POLICY, useFactory: () => loadPrivacyPolicy(options.policyFile, options.policyEnvironment) },
        { provide: SOURCE_SYSTEM_REGISTRY, useFactory: () => loadSourceSystems(options.sourceSystemsFile ?? defaultSourceSystemsPath(options.city), options.city) },
        { provide: LEGAL_BASIS_GATE, inject: [LOADED_PRIVACY_POLICY], useFactory: (loaded: LoadedPrivacyPolicy) => legalBasisGateOf(options, loaded) },
        { provide: PRIVACY_METRICS, inject: [METRICS_REGISTRY], useFactory: (registry: Registry) => new PrometheusPrivacyMetrics(registry) },
        PrivacyPipeline,
        PrivacyHealth,
      ],
      exports: [PrivacyPipeline],
    };
  }
}

/** The policy's lists unless the app chose the consent ledger, which answers per subject. */
function legalBasisGateOf(options: PrivacyOptions, loaded: LoadedPrivacyPolicy): LegalBasisGate {
  const choice = options.legalBasisGate ?? { kind: 'policy' };
  return choice.kind === 'ledger' ? new LedgerLegalBasisGate({ url: choice.url, timeoutMs: choice.timeoutMs, ...(choice.credentials ? { accessToken: clientCredentialsTokens(choice.credentials) } : {}) }) : policyLegalBasisGate(loaded.policy);
}
