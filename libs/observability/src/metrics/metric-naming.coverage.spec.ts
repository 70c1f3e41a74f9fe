import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(__dirname, '../../../..');
const defines = /\bnew (Counter|Gauge|Histogram|Summary)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const projects = ['libs', 'apps'].flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name, 'src'))).filter(existsSync);

/** Source files that make prom-client metrics, per project (specs left out: their metrics are not the services'). */
const metricFiles = (src: string) =>
  sources(src).filter((file) => !/\.(int-)?spec\.ts$/.test(file) && readFileSync(file, 'utf8').includes("from 'prom-client'") && defines.test(readFileSync(file, 'utf8')));

/** The files a project's `metric-names.spec.ts` files import by relative path: the ones whose metrics they check. */
const checkedFiles = (src: string) =>
  new Set(
    sources(src)
      .filter((file) => file.endsWith('metric-names.spec.ts'))
      .flatMap((spec) => [...readFileSync(spec, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((match) => `${resolve(dirname(spec), match[1] ?? '')}.ts`)),
  );

describe('metric naming coverage', () => {
  it('finds the metric definitions of the workspace', () => {
    expect(projects.flatMap(metricFiles).length).toBeGreaterThan(10);
  });

  it('has every file that defines metrics checked by a metric-names.spec.ts of its project (ADR metric names)', () => {
    const unchecked = projects.flatMap((src) => {
      const checked = checkedFiles(src);
      return metricFiles(src).filter((file) => !checked.has(file));
    });
    expect(unchecked.map((file) => relative(root, file))).toEqual([]);
  });
});
