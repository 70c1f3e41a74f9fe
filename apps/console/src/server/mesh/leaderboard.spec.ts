import { crossCityLeaderboard, leaderboardRowsOf } from './leaderboard';

const row = (solutionId: string, citiesPassed: string[], passesJointTesting = false) => ({ benchmarkId: 'school-zone', solutionId, version: '1.0.0', vendor: 'v', cities: [], citiesPassed, minimumCities: 2, passesJointTesting, eligibleIn: [] });

describe('the cross-city leaderboard', () => {
  it('merges each city\'s board: one row per solution version, the cities passed as any city reports them', () => {
    const board = crossCityLeaderboard([
      { city: 'incheon', rows: leaderboardRowsOf([row('radar-ai', ['incheon']), row('cctv-ai', ['incheon'])]) },
      { city: 'barcelona', rows: leaderboardRowsOf([row('radar-ai', ['barcelona', 'incheon'], true)]) },
    ]);
    expect(board).toEqual([
      { benchmarkId: 'school-zone', solutionId: 'radar-ai', version: '1.0.0', vendor: 'v', citiesPassed: ['barcelona', 'incheon'], minimumCities: 2, passesJointTesting: true, reportedBy: ['barcelona', 'incheon'] },
      { benchmarkId: 'school-zone', solutionId: 'cctv-ai', version: '1.0.0', vendor: 'v', citiesPassed: ['incheon'], minimumCities: 2, passesJointTesting: false, reportedBy: ['incheon'] },
    ]);
  });

  it('reads an answer that is not a board as empty', () => {
    expect(leaderboardRowsOf({ message: 'Forbidden' })).toEqual([]);
    expect(crossCityLeaderboard([])).toEqual([]);
  });
});
