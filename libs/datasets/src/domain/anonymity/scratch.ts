// Reusable work buffers. Allocating a large typed array per lattice node makes V8 run a full collection over
// every event object held by the build; reusing a few buffers keeps the search out of the collector's way.
// Every user finishes with its buffer before the next call that asks for the same name (all of it is synchronous).
const int32 = new Map<string, Int32Array>();
const float64 = new Map<string, Float64Array>();

function grown(size: number): number {
  return Math.max(1024, 2 ** Math.ceil(Math.log2(Math.max(1, size))));
}

export function scratchInt32(name: string, size: number): Int32Array {
  let buffer = int32.get(name);
  if (buffer === undefined || buffer.length < size) int32.set(name, (buffer = new Int32Array(grown(size))));
  return buffer.subarray(0, size);
}

export function scratchFloat64(name: string, size: number): Float64Array {
  let buffer = float64.get(name);
  if (buffer === undefined || buffer.length < size) float64.set(name, (buffer = new Float64Array(grown(size))));
  return buffer.subarray(0, size);
}

export function scratchUint8(name: string, size: number): Uint8Array {
  const words = scratchInt32(`${name}.bytes`, Math.ceil(size / 4));
  return new Uint8Array(words.buffer, 0, size);
}

/** Drops every buffer, so a finished build leaves nothing behind. */
export function releaseScratch(): void {
  int32.clear();
  float64.clear();
}
