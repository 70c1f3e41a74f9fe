import type { ModuleMetadata } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AgreementCommandsService } from './application/agreement-commands.service';
import { AgreementQueriesService } from './application/agreement-queries.service';
import { ConsentCommandsService } from './application/consent-commands.service';
import { ConsentLegalBasisGate } from './application/consent-legal-basis.gate';
import { ConsentQueriesService } from './application/consent-queries.service';
import { ExpireDueConsentsService } from './application/expire-due-consents.service';
import { AgreementsController } from './adapters/http/agreements.controller';
import { ConsentsController } from './adapters/http/consents.controller';
import { LegalBasisController } from './adapters/http/legal-basis.controller';
import { LedgerErrorFilter } from './adapters/http/ledger-error.filter';
import { LEGAL_BASIS_GATE } from './consent.tokens';

/**
 * Controllers, application services and the HTTP error filter of the ledger, shared by `ConsentModule` and
 * the HTTP specs. The caller binds the ports: command handler and event store, clock, ids and read models.
 */
export function ledgerModuleMetadata(): ModuleMetadata {
  return {
    controllers: [ConsentsController, AgreementsController, LegalBasisController],
    providers: [
      ConsentCommandsService,
      ConsentQueriesService,
      AgreementCommandsService,
      AgreementQueriesService,
      ConsentLegalBasisGate,
      ExpireDueConsentsService,
      { provide: LEGAL_BASIS_GATE, useExisting: ConsentLegalBasisGate },
      { provide: APP_FILTER, useClass: LedgerErrorFilter },
    ],
  };
}
