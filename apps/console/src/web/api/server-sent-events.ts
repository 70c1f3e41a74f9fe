/** One server-sent event: its type (default `message`) and its data lines joined. */
export interface ServerSentEvent {
  readonly type: string;
  readonly data: string;
}

/** Splits a buffer into complete events (blank-line terminated) and the incomplete rest (text/event-stream). */
export function parseServerSentEvents(buffer: string): { events: ServerSentEvent[]; rest: string } {
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const events = blocks.flatMap((block) => {
    let type = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      if (field === 'data') data.push(value);
    }
    return data.length === 0 ? [] : [{ type, data: data.join('\n') }];
  });
  return { events, rest };
}
