import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { serveLedgerOpenApi } from '@usm/consent';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { serveDatasetsOpenApi, signedDownloadPrefix, useDatasetsBodyParsers } from '@usm/datasets';
import { serveLabelsOpenApi, useLabelsBodyParsers } from '@usm/labels';
import { ingestJsonBodyParserOptions } from '@usm/safety-events';
import { protectEveryPath } from '@usm/security';
import { serveSitesOpenApi, useSitesBodyParsers } from '@usm/sites';
import { serveValidationOpenApi } from '@usm/validation';
import { AppModule as ConsentApp } from '../../../consent/src/app.module';
import { loadConfig as consentConfig } from '../../../consent/src/config';
import { AppModule as DatasetsApp } from '../../../datasets/src/app.module';
import { loadConfig as datasetsConfig } from '../../../datasets/src/config';
import { AppModule as FederationApp } from '../../../federation/src/app.module';
import { loadConfig as federationConfig } from '../../../federation/src/config';
import { AppModule as IngestApp } from '../../../ingest/src/app.module';
import { loadConfig as ingestConfig } from '../../../ingest/src/config';
import { AppModule as LabelsApp } from '../../../labels/src/app.module';
import { loadConfig as labelsConfig } from '../../../labels/src/config';
import { AppModule as PrivacyApp } from '../../../privacy/src/app.module';
import { loadConfig as privacyConfig } from '../../../privacy/src/config';
import { AppModule as SitesApp } from '../../../sites/src/app.module';
import { loadConfig as sitesConfig } from '../../../sites/src/config';
import { AppModule as ValidationApp } from '../../../validation/src/app.module';
import { loadConfig as validationConfig } from '../../../validation/src/config';
import type { CityNodeContext } from './city-node-context';
import { cityNodeContext } from './city-node-context';

/**
 * Every context a city node runs, in start order (the ledger before the services that call it). Adding a context
 * is one entry: its standalone app's config loader and module, and what that app's `main.ts` does before listening.
 */
export const cityNodeContexts: readonly CityNodeContext[] = [
  cityNodeContext({
    name: 'ingest',
    variablePrefix: 'INGEST_',
    loadConfig: ingestConfig,
    module: (config) => IngestApp.register(config),
    // Nest's parser would refuse bodies over 100 kB before the configured limit could apply (as in apps/ingest).
    createOptions: { bodyParser: false },
    prepare: (app, config) => {
      protectEveryPath(app);
      (app as NestExpressApplication).useBodyParser('json', ingestJsonBodyParserOptions(config.http.maxBodyBytes));
      const openApi = new DocumentBuilder().setTitle(`Urban Safety Mesh ingest (${config.city})`).setVersion('1').build();
      SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
    },
  }),
  cityNodeContext({ name: 'consent', variablePrefix: 'CONSENT_', loadConfig: consentConfig, module: (config) => ConsentApp.register(config), prepare: (app, config) => (protectEveryPath(app), serveLedgerOpenApi(app, config.city)) }),
  cityNodeContext({ name: 'privacy', variablePrefix: 'PRIVACY_', loadConfig: privacyConfig, module: (config) => PrivacyApp.register(config), prepare: (app) => protectEveryPath(app) }),
  cityNodeContext({ name: 'federation', variablePrefix: 'FEDERATION_', loadConfig: federationConfig, module: (config) => FederationApp.register(config), prepare: (app) => protectEveryPath(app) }),
  cityNodeContext({
    name: 'datasets',
    variablePrefix: 'DATASETS_',
    loadConfig: datasetsConfig,
    module: (config) => DatasetsApp.register(config),
    prepare: (app, config) => (protectEveryPath(app, { selfAuthenticatedPrefixes: [signedDownloadPrefix] }), useDatasetsBodyParsers(app), serveDatasetsOpenApi(app, config.city)),
  }),
  cityNodeContext({
    name: 'validation',
    variablePrefix: 'VALIDATION_',
    links: { VALIDATION_DATASETS_URL: 'datasets' },
    loadConfig: validationConfig,
    module: (config) => ValidationApp.register(config),
    prepare: (app, config) => {
      protectEveryPath(app);
      // Predictions uploads are JSON Lines, hashed byte for byte as received (as in apps/validation).
      (app as NestExpressApplication).useBodyParser('text', { type: ['application/x-ndjson', 'application/jsonl'], limit: '64mb' });
      serveValidationOpenApi(app, config.city);
    },
  }),
  cityNodeContext({
    name: 'labels',
    variablePrefix: 'LABELS_',
    links: { LABELS_VALIDATION_URL: 'validation' },
    loadConfig: labelsConfig,
    module: (config) => LabelsApp.register(config),
    prepare: (app, config) => (protectEveryPath(app), useLabelsBodyParsers(app), serveLabelsOpenApi(app, config.city)),
  }),
  cityNodeContext({
    name: 'sites',
    variablePrefix: 'SITES_',
    loadConfig: sitesConfig,
    module: (config) => SitesApp.register(config),
    createOptions: { bodyParser: false },
    prepare: (app, config) => {
      const express = app as NestExpressApplication;
      protectEveryPath(express);
      useSitesBodyParsers(express, config.maxUploadBytes);
      serveSitesOpenApi(express, config.city);
    },
  }),
];

/** The names of the contexts above, for the configuration schema. */
export const cityNodeContextNames = cityNodeContexts.map((context) => context.name) as [string, ...string[]];
