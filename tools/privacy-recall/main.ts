import { recallGate } from '../../libs/privacy/src/domain/recall/recall-gate';
import { gatedDescriptionModes } from '../../libs/privacy/src/domain/recall/recall-thresholds';
import { generateRecallCorpus } from '../../libs/privacy/src/testing/recall/generate-recall-corpus';
import { measureRecall } from '../../libs/privacy/src/testing/recall/measure-recall';
import { formatLeaks, formatModeTable } from './format-table';
import { writeRecallGate } from './write-recall-gate';

// npm run privacy:recall [-- --write] [-- --leaks]: prints recall per kind × language for both modes,
// precision, and the passing languages; --write commits them to recall-gate.ts.
const args = new Set(process.argv.slice(2));
const items = generateRecallCorpus();
const measured = measureRecall(items);
console.log(`recall corpus: ${items.length} items\n`);
for (const mode of gatedDescriptionModes) {
  console.log(`${formatModeTable(mode, measured[mode])}\ncommitted gate: ${recallGate[mode].join(', ') || '(none)'}\n`);
  if (args.has('--leaks')) console.log(`${formatLeaks(measured[mode], 3)}\n`);
}
if (args.has('--write')) {
  const file = writeRecallGate({ scrub: measured.scrub.passing, vocabulary: measured.vocabulary.passing });
  console.log(`wrote ${file}`);
}
