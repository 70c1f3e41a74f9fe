import { Injectable } from '@nestjs/common';
import type { RuleSet } from '../domain/rule-set/rule-set.model';
import type { LabellableEvent, RuleLabelDraft } from '../domain/rule-set/rule-set.evaluator';
import { evaluateRuleSet } from '../domain/rule-set/rule-set.evaluator';
import { parseRuleSet } from '../domain/rule-set/rule-set.parser';

/** Loads a city's YAML rule set and labels anonymised events with it. */
@Injectable()
export class RuleLabellingService {
  load(yamlText: string): RuleSet {
    return parseRuleSet(yamlText);
  }

  label(ruleSet: RuleSet, event: LabellableEvent, labelledAt: number): RuleLabelDraft[] {
    return evaluateRuleSet(ruleSet, event, labelledAt);
  }
}
