import type { GatedDescriptionMode } from '../../libs/privacy/src/domain/recall/recall-thresholds';
import { recallThresholds } from '../../libs/privacy/src/domain/recall/recall-thresholds';
import { descriptionLanguages } from '../../libs/privacy/src/domain/vocabulary/description-language';
import type { ModeMeasurement, RecallCell } from '../../libs/privacy/src/testing/recall/measure-recall';
import { recallOf } from '../../libs/privacy/src/testing/recall/measure-recall';

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const column = (text: string, width: number): string => text.padEnd(width);

function cellText(cell: RecallCell | undefined, threshold: number): string {
  if (cell === undefined) return '—';
  const recall = recallOf(cell);
  return `${recall === 1 ? '100%' : percent(recall)}${recall < threshold ? '✗' : ''}`;
}

/** The recall table of one mode: one row per kind, one column per language, then precision and the gate. */
export function formatModeTable(mode: GatedDescriptionMode, measurement: ModeMeasurement): string {
  const threshold = recallThresholds[mode];
  const kinds = [...new Set(measurement.cells.map((cell) => cell.kind))];
  const lookup = new Map(measurement.cells.map((cell) => [`${cell.kind}|${cell.language}`, cell]));
  const header = column(`${mode} (≥ ${percent(threshold)})`, 22) + descriptionLanguages.map((language) => column(language, 9)).join('');
  const rows = kinds.map((kind) => column(kind, 22) + descriptionLanguages.map((language) => column(cellText(lookup.get(`${kind}|${language}`), threshold), 9)).join(''));
  const precision = column('precision', 22) + descriptionLanguages.map((language) => {
    const cell = measurement.precision.find((entry) => entry.language === language);
    return column(cell === undefined || cell.words === 0 ? '—' : percent(1 - cell.removed / cell.words), 9);
  }).join('');
  return [header, ...rows, precision, `passing: ${measurement.passing.join(', ') || '(none)'}`].join('\n');
}

/** One line per leaking item (synthetic values): kind, language, format, obfuscation and the sentence. */
export function formatLeaks(measurement: ModeMeasurement, limitPerCell: number): string {
  return measurement.cells
    .flatMap((cell) => cell.leaks.slice(0, limitPerCell).map((item) => `- ${item.kind} / ${item.language} / ${item.format} / ${item.obfuscation}: \`${item.text}\``))
    .join('\n');
}
