import { createLeakGuard } from '../../domain/leak-guard/create-leak-guard';
import type { GatedDescriptionMode } from '../../domain/recall/recall-thresholds';
import { gatedDescriptionModes, recallThresholds } from '../../domain/recall/recall-thresholds';
import type { DescriptionLanguage } from '../../domain/vocabulary/description-language';
import { descriptionLanguages } from '../../domain/vocabulary/description-language';
import type { CorpusKind } from '../corpus/corpus-identifier';
import { describeWithMode } from './describe-with-mode';
import type { RecallItem } from './recall-item';

/** Recall of one mode for one kind in one language. */
export interface RecallCell {
  readonly kind: CorpusKind;
  readonly language: DescriptionLanguage;
  readonly items: number;
  readonly caught: number;
  /** Items that leaked, for the gap report: format and obfuscation (synthetic values only). */
  readonly leaks: readonly RecallItem[];
}

/** Probe words of one language kept and removed by one mode. */
export interface PrecisionCell {
  readonly language: DescriptionLanguage;
  readonly words: number;
  readonly removed: number;
}

/** Everything `privacy:recall` prints for one mode. */
export interface ModeMeasurement {
  readonly cells: readonly RecallCell[];
  readonly precision: readonly PrecisionCell[];
  /** Languages whose every kind reaches the mode's threshold. */
  readonly passing: readonly DescriptionLanguage[];
}

const nfkc = (text: string): string => text.normalize('NFKC');
/** Share of a cell's items whose identifier left no trace (1 for an empty cell). */
export const recallOf = (cell: RecallCell): number => (cell.items === 0 ? 1 : cell.caught / cell.items);

function measureMode(mode: GatedDescriptionMode, items: readonly RecallItem[]): ModeMeasurement {
  const cells = new Map<string, { kind: CorpusKind; language: DescriptionLanguage; items: number; caught: number; leaks: RecallItem[] }>();
  const precision = new Map<DescriptionLanguage, { words: number; removed: number }>();
  for (const item of items) {
    const output = describeWithMode(mode, item);
    const key = `${item.kind}\u0000${item.language}`;
    const cell = cells.get(key) ?? { kind: item.kind, language: item.language, items: 0, caught: 0, leaks: [] };
    cells.set(key, cell);
    cell.items++;
    if (createLeakGuard(item.values).scan(output).length === 0) cell.caught++;
    else cell.leaks.push(item);
    const probeWords = item.probes.flatMap((probe) => nfkc(probe).split(/\s+/));
    const kept = nfkc(output);
    const tally = precision.get(item.language) ?? { words: 0, removed: 0 };
    precision.set(item.language, { words: tally.words + probeWords.length, removed: tally.removed + probeWords.filter((word) => !kept.includes(word)).length });
  }
  const all = [...cells.values()];
  const passing = descriptionLanguages.filter((language) => all.filter((cell) => cell.language === language).every((cell) => recallOf(cell) >= recallThresholds[mode]));
  return { cells: all, precision: [...precision].map(([language, tally]) => ({ language, ...tally })), passing };
}

/** Recall per kind and language, precision per language and the passing languages, for both gated modes. */
export function measureRecall(items: readonly RecallItem[]): Readonly<Record<GatedDescriptionMode, ModeMeasurement>> {
  return Object.fromEntries(gatedDescriptionModes.map((mode) => [mode, measureMode(mode, items)])) as Record<GatedDescriptionMode, ModeMeasurement>;
}
