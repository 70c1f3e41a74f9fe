import { Injectable } from '@nestjs/common';
import type { MetricThreshold } from '../domain/benchmark/benchmark.model';
import type { ScoreReport } from '../domain/scoring/score-report';
import { metricsOf } from '../domain/scoring/score-report';
import type { ScoringInput } from '../domain/scoring/score-predictions';
import { scorePredictions } from '../domain/scoring/score-predictions';
import type { ThresholdCheck, Verdict } from '../domain/verdict/verdict';
import { judgeMetrics } from '../domain/verdict/verdict';

/** Scores a solution's predictions and judges them against a benchmark's thresholds. */
@Injectable()
export class ScoringService {
  score(input: ScoringInput): ScoreReport {
    return scorePredictions(input);
  }

  judge(thresholds: readonly MetricThreshold[], report: ScoreReport): { verdict: Verdict; checks: ThresholdCheck[]; metrics: Record<string, number> } {
    const metrics = metricsOf(report);
    return { ...judgeMetrics(thresholds, metrics), metrics };
  }
}
