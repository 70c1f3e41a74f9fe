import { Module } from '@nestjs/common';
import { LeaderboardService } from './application/leaderboard.service';
import { ScoringService } from './application/scoring.service';

/**
 * Solutions, benchmarks, scoring and the cross-city leaderboard. For now the pure services; the registry store,
 * hosted-inference client, `validation.results.v1` publisher and HTTP API come with apps/validation (issue 11).
 */
@Module({ providers: [ScoringService, LeaderboardService], exports: [ScoringService, LeaderboardService] })
export class ValidationModule {}
