import { PromiseCache } from './promise-cache';
import type { SubjectVersionSource } from './subject-versions';

/**
 * The schema ids of one subject, cached and refreshed when a record names an id the cache does not
 * hold (a version registered since), so a new version is seen without restarting. A registry outage
 * rejects, never answers "not a version".
 */
export class SubjectSchemaIds {
  private readonly cache = new PromiseCache<string, readonly number[]>();
  private readonly refused = new Set<number>();

  constructor(
    private readonly source: SubjectVersionSource,
    readonly subject: string,
  ) {}

  /** Ids in version order, latest last; asked once, then cached until a refresh. */
  ids(): Promise<readonly number[]> {
    return this.cache.get(this.subject, () => this.source.schemaIdsOf(this.subject));
  }

  /**
   * Whether `schemaId` is a version of the subject, asking the registry again before saying no. An id
   * already refused since the last refresh is refused from memory, so a stream of records of another
   * contract costs one lookup, not one per record.
   */
  async includes(schemaId: number): Promise<boolean> {
    if ((await this.ids()).includes(schemaId)) return true;
    if (this.refused.has(schemaId)) return false;
    this.cache.delete(this.subject);
    this.refused.clear();
    const known = (await this.ids()).includes(schemaId);
    if (!known) this.refused.add(schemaId);
    return known;
  }

  /** The latest version's id, as known after the last refresh. */
  async latest(): Promise<number | undefined> {
    const ids = await this.ids();
    return ids[ids.length - 1];
  }
}
