/** MQTT topic layout of a city: devices publish `mesh/<city>/events/<systemId>` and read refusals on `mesh/<city>/errors/<systemId>`. */
export const eventsFilterOf = (city: string): string => `mesh/${city}/events/+`;
export const eventsTopicOf = (city: string, systemId: string): string => `mesh/${city}/events/${systemId}`;
export const errorsTopicOf = (city: string, systemId: string): string => `mesh/${city}/errors/${systemId}`;

/** The systemId a device published under, or undefined for a topic outside `mesh/<city>/events/<one level>`. */
export function systemIdOf(city: string, topic: string): string | undefined {
  const prefix = `mesh/${city}/events/`;
  if (!topic.startsWith(prefix)) return undefined;
  const systemId = topic.slice(prefix.length);
  return systemId.length > 0 && !systemId.includes('/') ? systemId : undefined;
}
