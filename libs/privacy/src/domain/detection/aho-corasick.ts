/** One occurrence of a pattern: the index of the pattern in the list given, and the range in the text. */
export interface PatternHit {
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
}

/** A multi-pattern matcher built once: a scan costs one pass over the text, whatever the number of patterns. */
export interface PatternAutomaton {
  scan(text: string): PatternHit[];
}

interface Node {
  readonly next: Map<string, number>;
  fail: number;
  /** Patterns ending here, own and through failure links. */
  outputs: number[];
}

function buildTrie(patterns: readonly string[]): Node[] {
  const nodes: Node[] = [{ next: new Map(), fail: 0, outputs: [] }];
  patterns.forEach((pattern, index) => {
    let state = 0;
    for (const unit of pattern) {
      const root = nodes[state] as Node;
      let child = root.next.get(unit);
      if (child === undefined) {
        child = nodes.push({ next: new Map(), fail: 0, outputs: [] }) - 1;
        root.next.set(unit, child);
      }
      state = child;
    }
    if (pattern !== '') (nodes[state] as Node).outputs.push(index);
  });
  return nodes;
}

// Breadth-first: a node's failure link is the longest proper suffix of its path that is also a path.
function linkFailures(nodes: Node[]): void {
  const queue = [...(nodes[0] as Node).next.values()];
  for (let head = 0; head < queue.length; head++) {
    const node = nodes[queue[head] as number] as Node;
    for (const [unit, child] of node.next) {
      let fail = node.fail;
      while (fail !== 0 && !(nodes[fail] as Node).next.has(unit)) fail = (nodes[fail] as Node).fail;
      const target = (nodes[fail] as Node).next.get(unit);
      const childNode = nodes[child] as Node;
      childNode.fail = target !== undefined && target !== child ? target : 0;
      childNode.outputs = [...childNode.outputs, ...(nodes[childNode.fail] as Node).outputs];
      queue.push(child);
    }
  }
}

/** An Aho–Corasick automaton over the patterns (compared code point by code point, as given). */
export function createPatternAutomaton(patterns: readonly string[]): PatternAutomaton {
  const nodes = buildTrie(patterns);
  linkFailures(nodes);
  const lengths = patterns.map((pattern) => pattern.length);
  return {
    scan: (text) => {
      const hits: PatternHit[] = [];
      let state = 0;
      let at = 0;
      for (const unit of text) {
        at += unit.length;
        while (state !== 0 && !(nodes[state] as Node).next.has(unit)) state = (nodes[state] as Node).fail;
        state = (nodes[state] as Node).next.get(unit) ?? 0;
        for (const pattern of (nodes[state] as Node).outputs) hits.push({ pattern, start: at - (lengths[pattern] ?? 0), end: at });
      }
      return hits;
    },
  };
}
