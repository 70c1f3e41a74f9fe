/** Facts about where an error happened; never personal data. */
export interface ErrorDetails {
  readonly field?: string;
  readonly rule?: string;
  readonly topic?: string;
  readonly partition?: number;
  readonly offset?: string;
  readonly [key: string]: unknown;
}

export interface MeshErrorOptions {
  readonly details?: ErrorDetails;
  readonly cause?: unknown;
}

/** Base of every error the mesh raises: a stable dotted code, whether a retry can help, and safe details. */
export abstract class MeshError extends Error {
  abstract readonly retriable: boolean;
  readonly details: ErrorDetails;

  constructor(
    readonly code: string,
    message: string,
    options: MeshErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.details = options.details ?? {};
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, retriable: this.retriable, details: this.details };
  }
}
