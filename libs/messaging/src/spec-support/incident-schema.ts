import type { schema } from 'avsc';

/** A small record schema of the kind the mesh carries, independent of the real contracts. */
export const incidentSchema: schema.RecordType = {
  type: 'record',
  name: 'Incident',
  namespace: 'mesh.test',
  fields: [
    { name: 'incidentId', type: 'string' },
    { name: 'severity', type: 'int' },
    { name: 'category', type: { type: 'enum', name: 'Category', symbols: ['fire', 'traffic', 'crowd'] } },
    { name: 'note', type: ['null', 'string'], default: null },
  ],
};

export interface Incident {
  readonly incidentId: string;
  readonly severity: number;
  readonly category: 'fire' | 'traffic' | 'crowd';
  readonly note: string | null;
}

export const anIncident: Incident = { incidentId: 'inc-1', severity: 3, category: 'traffic', note: 'near school' };
