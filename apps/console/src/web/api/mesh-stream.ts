import type { MeshView } from './mesh-view';
import { parseServerSentEvents } from './server-sent-events';

/**
 * Follows `GET /api/mesh/stream` with the bearer token (EventSource cannot send one, so fetch reads the
 * stream), calling `onView` with each mesh view; reconnects (at once when the server ended the stream, after
 * `retryMs` when it failed) until `signal` aborts.
 */
export async function followMesh(token: () => Promise<string>, onView: (view: MeshView) => void, onState: (state: 'live' | 'reconnecting') => void, signal: AbortSignal, retryMs = 2_000): Promise<void> {
  while (!signal.aborted) {
    let ended = false;
    try {
      const response = await fetch('api/mesh/stream', { headers: { authorization: `Bearer ${await token()}`, accept: 'text/event-stream' }, signal });
      if (!response.ok || response.body === null) throw new Error(`stream answered ${response.status}`);
      onState('live');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          ended = true;
          break;
        }
        const parsed = parseServerSentEvents(buffer + value);
        buffer = parsed.rest;
        for (const event of parsed.events) if (event.type === 'mesh') onView(JSON.parse(event.data) as MeshView);
      }
    } catch {
      if (signal.aborted) return;
    }
    // The server ends a stream before the token expires: reconnect at once with a fresh one; after a failure, wait.
    if (ended) continue;
    onState('reconnecting');
    await new Promise((resolve) => setTimeout(resolve, retryMs));
  }
}
