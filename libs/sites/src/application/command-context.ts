/** Who asks, under which idempotency key, and when (the clock is read once per request, at the edge). */
export interface CommandContext {
  readonly actor: string;
  readonly commandId: string;
  readonly now: Date;
}

/** The metadata of one command of a request; `part` keeps several commands of one request distinct but repeatable. */
export const metadataOf = (context: CommandContext, part?: string): { commandId: string; actor: string; now: Date } => ({
  commandId: part === undefined ? context.commandId : `${context.commandId}:${part}`,
  actor: context.actor,
  now: context.now,
});
