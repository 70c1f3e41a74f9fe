import { SpanKind, trace } from '@opentelemetry/api';
import { contextFromHeaders, propagatedHeader } from '../propagation/record-headers';
import { isTracingActive } from '../sdk/tracing-state';
import { MessagingAttribute } from './mesh-trace-attributes';
import type { TracedStep } from './messaging-spans';
import { meshTracerName, untracedStep } from './messaging-spans';

/** MQTT v5 user properties as mqtt.js hands them over: a name to one value, or to a list when repeated. */
export type MqttUserProperties = Readonly<Record<string, string | readonly string[]>>;

/** A device's MQTT message as the span needs it: the subscription's topic filter, the topic, its user properties. */
export interface ReceivedMqttMessage {
  /** The filter it arrived through, e.g. `mesh/incheon/events/+`: the span's name stays one per subscription. */
  readonly filter: string;
  readonly topic: string;
  readonly userProperties?: MqttUserProperties;
}

/**
 * A `process <filter>` consumer span for a device's message, child of the `traceparent` user property when the device
 * sent one (MQTT v5 carries the W3C trace context as a user property), a new trace otherwise. Only `traceparent` is
 * read, as for Kafka headers: a `tracestate` is free text a device chooses.
 */
export function startMqttProcessSpan(message: ReceivedMqttMessage): TracedStep {
  if (!isTracingActive()) return untracedStep;
  const value = message.userProperties?.[propagatedHeader];
  const traceparent = typeof value === 'string' ? value : value?.[0];
  const parent = contextFromHeaders(traceparent === undefined ? undefined : { [propagatedHeader]: traceparent });
  const span = trace.getTracer(meshTracerName).startSpan(
    `process ${message.filter}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        [MessagingAttribute.System]: 'mqtt',
        [MessagingAttribute.DestinationName]: message.topic,
        [MessagingAttribute.OperationType]: 'process',
        [MessagingAttribute.OperationName]: 'process',
      },
    },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}
