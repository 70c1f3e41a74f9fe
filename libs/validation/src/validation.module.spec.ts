import { Test } from '@nestjs/testing';
import { LeaderboardService } from './application/leaderboard.service';
import { ScoringService } from './application/scoring.service';
import { ValidationModule } from './validation.module';

describe('ValidationModule', () => {
  it('scores, judges and ranks through its services', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ValidationModule] }).compile();
    const scoring = moduleRef.get(ScoringService);
    const examples = [
      { eventId: 'a', actual: 'x', predicted: 'x' },
      { eventId: 'b', actual: 'y', predicted: 'y' },
      { eventId: 'c', actual: 'y', predicted: 'x' },
    ];
    const report = scoring.score({ examples, bootstrap: { resamples: 20, level: 0.9, seed: 3 } });
    const judged = scoring.judge([{ metric: 'accuracy', direction: 'atLeast', value: 0.6 }], report);
    expect(judged.verdict).toBe('passed');
    const board = moduleRef.get(LeaderboardService).build(
      [{ runId: 'r', city: 'incheon', benchmarkId: 'b', solution: { solutionId: 's', version: '1', vendor: 'v' }, releaseId: 'rel', metrics: judged.metrics, verdict: judged.verdict, criteriaVersion: 'c1', completedAt: 1 }],
      [{ benchmarkId: 'b', task: 't', labels: ['x', 'y'], thresholds: [], criteriaVersion: 'c1', sharingPolicy: 'full', minimumCities: 1, releases: [] }],
      'incheon',
    );
    expect(board[0]?.passesJointTesting).toBe(true);
  });
});
