export * from './raw-event-rule-settings';
export * from './raw-event-rules';
export * from './string-length-limits';
export * from './string-length-limits-check';
