/** A file the generator writes, by path relative to the generated directory. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}
