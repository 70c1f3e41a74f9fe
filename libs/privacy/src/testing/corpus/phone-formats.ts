import type { CorpusFormat } from './corpus-identifier';
import { withLanguages } from './format-languages';

/** Phone numbers as people write them in each city's country, and international forms. */
export const phoneFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'kr-mobile', region: 'kr', make: (r) => `010-${r.digits(4)}-${r.digits(4)}` },
  { format: 'kr-mobile-plain', region: 'kr', make: (r) => `010${r.digits(4)}${r.digits(4)}` },
  { format: 'kr-seoul', region: 'kr', make: (r) => `02-${r.int(200, 999)}-${r.digits(4)}` },
  { format: 'kr-landline', region: 'kr', make: (r) => `0${r.pick(['31', '32', '62', '51'])}-${r.int(200, 999)}-${r.digits(4)}` },
  { format: 'kr-international', region: 'kr', make: (r) => `+82 10 ${r.digits(4)} ${r.digits(4)}` },
  { format: 'kr-international-dashed', region: 'kr', make: (r) => `+82-10-${r.digits(4)}-${r.digits(4)}` },
  { format: 'es-mobile', region: 'es', make: (r) => `6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}` },
  { format: 'es-landline', region: 'es', make: (r) => `93${r.digits(1)} ${r.digits(3)} ${r.digits(3)}` },
  { format: 'es-international', region: 'es', make: (r) => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}` },
  { format: 'de-international', region: 'de', make: (r) => `+49 40 ${r.int(1, 9)}${r.digits(7)}` },
  { format: 'de-mobile', region: 'de', make: (r) => `015${r.int(1, 9)} ${r.int(1, 9)}${r.digits(7)}` },
  { format: 'de-landline', region: 'de', make: (r) => `040 ${r.int(2, 9)}${r.digits(7)}` },
  { format: 'jp-mobile', region: 'jp', make: (r) => `090-${r.digits(4)}-${r.digits(4)}` },
  { format: 'jp-landline', region: 'jp', make: (r) => `06-${r.digits(4)}-${r.digits(4)}` },
  { format: 'jp-international', region: 'jp', make: (r) => `+81 6-${r.digits(4)}-${r.digits(4)}` },
  { format: 'tw-mobile', region: 'tw', make: (r) => `09${r.digits(2)}-${r.digits(3)}-${r.digits(3)}` },
  { format: 'tw-landline', region: 'tw', make: (r) => `07-${r.int(200, 999)}-${r.digits(4)}` },
  { format: 'tw-international', region: 'tw', make: (r) => `+886 7 ${r.int(200, 999)} ${r.digits(4)}` },
  { format: 'e164-plain', region: 'intl', make: (r) => `+4420${r.int(7, 8)}${r.digits(7)}` },
  { format: 'e164-us', region: 'intl', make: (r) => `+1 415 ${r.int(200, 999)} ${r.digits(4)}` },
  { format: 'e164-fr', region: 'intl', make: (r) => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}` },
]);
