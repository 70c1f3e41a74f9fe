import { ValidationError } from '@usm/errors';

export const AgreementErrorCode = { Invalid: 'LABELS.AGREEMENT_INPUT_INVALID' } as const;

export const agreementInputInvalid = (field: string, rule: string, message: string): ValidationError =>
  new ValidationError(AgreementErrorCode.Invalid, [{ field, rule, message }]);
