import type { Prediction } from './prediction';
import type { PredictionViolation } from './predictions.errors';
import { PredictionsError } from './predictions.errors';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readLine(value: unknown, line: number, labels: readonly string[]): Prediction | PredictionViolation[] {
  if (!isObject(value)) return [{ line, field: 'line', rule: 'prediction.object', message: 'a JSON object per line' }];
  const found: PredictionViolation[] = [];
  const { eventId, label, scores } = value;
  if (typeof eventId !== 'string' || eventId === '') found.push({ line, field: 'eventId', rule: 'eventId.required', message: 'a non-empty string' });
  if (typeof label !== 'string' || !labels.includes(label)) found.push({ line, field: 'label', rule: 'label.benchmark', message: `one of ${labels.join(', ')}` });
  if (scores !== undefined) {
    const entries = isObject(scores) ? Object.entries(scores) : [];
    if (!isObject(scores) || entries.some(([key, score]) => !labels.includes(key) || typeof score !== 'number' || !(score >= 0 && score <= 1))) {
      found.push({ line, field: 'scores', rule: 'scores.perLabel', message: 'an object of benchmark label to a number in [0, 1]' });
    }
  }
  if (found.length > 0) return found;
  return { eventId: eventId as string, label: label as string, ...(scores === undefined ? {} : { scores: scores as Record<string, number> }) };
}

/**
 * Reads a predictions upload in JSON Lines: `{"eventId": "...", "label": "...", "scores": {"<label>": 0.8, ...}}` per
 * line, scores optional. Refused whole, naming line, field and rule, when a line breaks a rule or repeats an event.
 */
export function parsePredictions(jsonLines: string, labels: readonly string[]): Prediction[] {
  const predictions: Prediction[] = [];
  const violations: PredictionViolation[] = [];
  const seen = new Set<string>();
  jsonLines.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      violations.push({ line, field: 'line', rule: 'json.syntax', message: 'not valid JSON' });
      return;
    }
    const read = readLine(value, line, labels);
    if (Array.isArray(read)) violations.push(...read);
    else if (seen.has(read.eventId)) violations.push({ line, field: 'eventId', rule: 'eventId.unique', message: 'this event was already predicted' });
    else {
      seen.add(read.eventId);
      predictions.push(read);
    }
  });
  if (violations.length > 0) throw new PredictionsError(violations);
  return predictions;
}
