export * from './settings/tracing-settings';
export * from './sdk/start-tracing';
export * from './propagation/record-headers';
export * from './spans/mesh-trace-attributes';
export * from './spans/messaging-spans';
export * from './spans/http-spans';
export * from './spans/mqtt-spans';
