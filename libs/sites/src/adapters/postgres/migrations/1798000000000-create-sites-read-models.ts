import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of the sites service: the registry, accepted reservations and applications (unqualified: search_path). */
export class CreateSitesReadModels1798000000000 implements MigrationInterface {
  name = 'CreateSitesReadModels1798000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE site_registry (
      site_id text PRIMARY KEY, city text NOT NULL, district text NOT NULL, type text NOT NULL, status text NOT NULL,
      name text NOT NULL, lat double precision NOT NULL, lng double precision NOT NULL, h3_cell text NOT NULL,
      power boolean NOT NULL, network text NOT NULL, mounting text NOT NULL)`);
    await runner.query('CREATE INDEX site_registry_district ON site_registry (city, district, type)');
    await runner.query(`CREATE TABLE site_reservations (
      site_id text NOT NULL, reservation_id text NOT NULL, application_id text NOT NULL,
      period_start bigint NOT NULL, period_end bigint NOT NULL, PRIMARY KEY (site_id, reservation_id))`);
    await runner.query('CREATE INDEX site_reservations_period ON site_reservations (site_id, period_start, period_end)');
    await runner.query(`CREATE TABLE site_applications (
      application_id text PRIMARY KEY, company_id text NOT NULL, status text NOT NULL, row jsonb NOT NULL, updated_at bigint NOT NULL)`);
    await runner.query('CREATE INDEX site_applications_company ON site_applications (company_id, updated_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE site_applications');
    await runner.query('DROP TABLE site_reservations');
    await runner.query('DROP TABLE site_registry');
  }
}
