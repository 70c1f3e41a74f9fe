/** How the federation starts its dedicated MirrorMaker 2 process. */
export interface MirrorMakerProcessOptions {
  /** Kafka + connect-mirror runtime classpath (the content of infra/local's `kafka-*.classpath`). */
  readonly classpath: string;
  /** Directory of the generated properties, log4j file, pid file and logs. */
  readonly workDir: string;
  readonly javaBin: string;
  /** JVM options, e.g. heap. */
  readonly jvmOptions: readonly string[];
  /** How long a SIGTERM may take before SIGKILL. */
  readonly stopGraceMs: number;
  /** How long to wait for "Kafka MirrorMaker started" in its log before giving up on a start. */
  readonly startTimeoutMs: number;
  /** Restart a process that exited on its own after this long; 0 leaves it down until the next change. */
  readonly restartDelayMs?: number;
}
