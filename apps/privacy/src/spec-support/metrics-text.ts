/** Sum of the samples of a Prometheus metric whose label set contains `labelFilter`. */
export function metricSum(exposition: string, metric: string, labelFilter = ''): number {
  return exposition
    .split('\n')
    .filter((line) => line.startsWith(`${metric}{`) || line.startsWith(`${metric} `))
    .filter((line) => line.includes(labelFilter))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}
