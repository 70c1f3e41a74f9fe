import type { QuasiIdentifier, SensitiveColumn } from '../../domain';
import type { DataFileFormat } from '../release-files';

/** What a release claims, as published (release event / manifest); verify checks the files against it. */
export interface VerifyExpectation {
  readonly files: readonly { readonly path: string; readonly sha256: string; readonly recordCount?: number | null }[];
  /** Achieved k and l the release reports; the files must give exactly these. */
  readonly k: number;
  readonly l: number;
  /** The definition's targets; the files must reach at least these. */
  readonly targets?: { readonly k: number; readonly l: number };
  readonly quasiIdentifiers: readonly QuasiIdentifier[];
  readonly sensitiveColumn: SensitiveColumn;
}

export interface FileCheck {
  readonly path: string;
  readonly expectedSha256: string | null;
  readonly actualSha256: string | null;
  readonly sizeBytes: number | null;
  readonly ok: boolean;
}

export interface DataFileCheck {
  readonly path: string;
  readonly format: DataFileFormat;
  readonly split: string;
  readonly rows: number;
  readonly expectedRows: number | null;
}

export interface AnonymityCheck {
  readonly format: DataFileFormat;
  readonly rows: number;
  readonly classes: number;
  readonly k: number;
  readonly l: number;
}

/** Everything recomputed from the stored files; `problems` names each mismatch, empty when `ok`. */
export interface VerifyReport {
  readonly releaseId: string;
  readonly ok: boolean;
  readonly files: readonly FileCheck[];
  readonly dataFiles: readonly DataFileCheck[];
  readonly anonymity: readonly AnonymityCheck[];
  readonly lineageRows: number | null;
  readonly problems: readonly string[];
}
