import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { cityStack, tokenFor } from '@usm/testing';

interface ImportOptions {
  city: string;
  node?: string;
  role: string;
  url?: string;
}

interface ImportReport {
  registered: number;
  unchanged: number;
  skipped: number;
  refused: { siteId: string; code: string }[];
}

/** `mesh sites import <file> --city gwangju`: uploads a CSV or GeoJSON file of sites to the sites service, keeping that city's. */
export function addSitesCommand(program: Command, print: (line: string) => void): void {
  const sites = program.command('sites').description('the demonstration-site registry');
  sites
    .command('import')
    .description('import a CSV (.csv) or GeoJSON file of sites; only the sites of --city are registered')
    .argument('<file>')
    .requiredOption('--city <id>', 'city whose sites to import (the node too, unless --node says otherwise)')
    .option('--node <id>', 'city node whose sites service to call (default: --city)')
    .option('--role <client>', 'client whose token to use', 'site-manager')
    .option('--url <base>', 'base URL of the sites service')
    .action(async (file: string, o: ImportOptions) => {
      const stack = cityStack(o.node ?? o.city);
      const base = (o.url ?? stack.services['sites'] ?? 'http://127.0.0.1:3080').replace(/\/+$/, '');
      const csv = file.toLowerCase().endsWith('.csv');
      const started = performance.now();
      const response = await fetch(`${base}/v1/sites/import?city=${encodeURIComponent(o.city)}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await tokenFor(stack, o.role)}`, 'content-type': csv ? 'text/csv' : 'application/geo+json' },
        body: readFileSync(file, 'utf8'),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`import answered ${response.status}: ${text}`);
      const report = JSON.parse(text) as ImportReport;
      print(`${o.city}: ${report.registered} registered, ${report.unchanged} unchanged, ${report.skipped} of other cities skipped, ${report.refused.length} refused in ${Math.round(performance.now() - started)} ms`);
      for (const refused of report.refused) print(`  refused ${refused.siteId}: ${refused.code}`);
    });
}
