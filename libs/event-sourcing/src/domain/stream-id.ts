/** The category of a stream id `<category>-<id>` (e.g. `consent` of `consent-s1-research`). */
export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash <= 0 ? streamId : streamId.slice(0, dash);
}
