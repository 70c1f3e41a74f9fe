/** Nest tokens of the labels context's ports (bound in LabelsModule.forRoot). */
export const LABELS_OPTIONS = Symbol('LABELS_OPTIONS');
export const LABELS_KAFKA = Symbol('LABELS_KAFKA');
export const LABELS_REGISTRY = Symbol('LABELS_REGISTRY');
export const LABELS_AVRO_PUBLISHER = Symbol('LABELS_AVRO_PUBLISHER');
export const LABEL_PUBLISHER = Symbol('LABELS_LABEL_PUBLISHER');
export const LABEL_STORE = Symbol('LABELS_LABEL_STORE');
export const ANNOTATABLE_EVENTS = Symbol('LABELS_ANNOTATABLE_EVENTS');
export const TASK_SETS = Symbol('LABELS_TASK_SETS');
export const SOLUTION_REGISTRY = Symbol('LABELS_SOLUTION_REGISTRY');
export const RULE_SET = Symbol('LABELS_RULE_SET');
export const ANONYMISED_EVENTS_CONSUMER = Symbol('LABELS_ANONYMISED_EVENTS_CONSUMER');
