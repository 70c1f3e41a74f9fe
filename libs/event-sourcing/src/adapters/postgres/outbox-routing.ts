import type { StreamRoute } from '../../application/ports';
import { categoryOf } from '../../domain/stream-id';

/** Finds the route of a stream by its category, and of a topic by its name. */
export class OutboxRouting {
  private readonly byCategory: ReadonlyMap<string, StreamRoute>;
  private readonly byTopic: ReadonlyMap<string, StreamRoute>;

  constructor(readonly routes: readonly StreamRoute[]) {
    this.byCategory = new Map(routes.map((route) => [route.category, route]));
    this.byTopic = new Map(routes.map((route) => [route.topic, route]));
  }

  /** The route of a stream; undefined for streams that are not published. */
  routeOf(streamId: string): StreamRoute | undefined {
    return this.byCategory.get(categoryOf(streamId));
  }

  routeOfTopic(topic: string): StreamRoute | undefined {
    return this.byTopic.get(topic);
  }
}
