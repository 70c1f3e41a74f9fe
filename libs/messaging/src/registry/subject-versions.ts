/** Port: the schema ids registered under a subject, in version order (the latest last). */
export interface SubjectVersionSource {
  schemaIdsOf(subject: string): Promise<readonly number[]>;
}
