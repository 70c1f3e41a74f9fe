import type { StringSite } from './walk-strings';

/** Exemptions by path (see `walkStrings` for the path syntax): a string at that path passing the check is left out. */
export type Exemptions = ReadonlyMap<string, (text: string) => boolean>;

/** A path some exemption path starts with, and the steps below it seen so far that some exemption path also starts with. */
interface PathNode {
  readonly path: string;
  readonly exempt: ((text: string) => boolean) | undefined;
  /** Below it by key (`path.key`); only keys whose path is a prefix of an exemption path are kept. */
  readonly fields: Map<string, PathNode>;
  /** `path[]` and `path{}`: undefined until first needed, null when no exemption path starts with them. */
  items?: PathNode | null;
  keys?: PathNode | null;
}

/** What a set of exemptions compiles to: the root of the tree of paths, and every prefix of every exempt path. */
interface Compiled {
  readonly root: PathNode;
  readonly prefixes: ReadonlySet<string>;
  readonly exemptions: Exemptions;
}

const compiledByExemptions = new WeakMap<Exemptions, Compiled>();

function compiled(exemptions: Exemptions): Compiled {
  let found = compiledByExemptions.get(exemptions);
  if (found === undefined) {
    const prefixes = new Set<string>();
    for (const path of exemptions.keys()) for (let end = 0; end <= path.length; end += 1) prefixes.add(path.slice(0, end));
    found = { root: nodeOf('', exemptions), prefixes, exemptions };
    compiledByExemptions.set(exemptions, found);
  }
  return found;
}

const nodeOf = (path: string, exemptions: Exemptions): PathNode => ({ path, exempt: exemptions.get(path), fields: new Map() });

/** The node of a path, or null when no exemption path starts with it (then no exemption path starts with a path below it either). */
function relevant(tree: Compiled, path: string): PathNode | null {
  return tree.prefixes.has(path) ? nodeOf(path, tree.exemptions) : null;
}

function itemsOf(tree: Compiled, node: PathNode): PathNode | null {
  if (node.items === undefined) node.items = relevant(tree, `${node.path}[]`);
  return node.items;
}

function keysOf(tree: Compiled, node: PathNode): PathNode | null {
  if (node.keys === undefined) node.keys = relevant(tree, `${node.path}{}`);
  return node.keys;
}

/**
 * The node of `key` below `node`, or null. Only paths that are prefixes of exemption paths get a node, so the
 * tree stays as small as the exemptions whatever keys records carry, and holds no key a record brought otherwise.
 */
function fieldOf(tree: Compiled, node: PathNode, key: string): PathNode | null {
  const known = node.fields.get(key);
  if (known !== undefined) return known;
  const child = relevant(tree, node.path === '' ? key : `${node.path}.${key}`);
  if (child !== null) node.fields.set(key, child);
  return child;
}

/**
 * The same sites as `walkStrings(value, (path, text) => exemptions.get(path)?.(text) !== true)`, without building
 * a path string for a string that is exempt: where exemptions apply, paths are looked up in a tree of the
 * exemption paths by key, so a record made only of exempt values allocates no path at all. Paths of the sites
 * kept are built as `walkStrings` builds them.
 */
export function walkUnexemptStrings(value: unknown, exemptions: Exemptions): StringSite[] {
  const tree = compiled(exemptions);
  const sites: StringSite[] = [];
  visit(tree, value, tree.root, '', '', sites);
  return sites;
}

// `node` is the tree node of `path` when some exemption path starts with `path`, null otherwise.
function visit(tree: Compiled, value: unknown, node: PathNode | null, path: string, field: string, sites: StringSite[]): void {
  if (typeof value === 'string') {
    if (node?.exempt?.(value) !== true) sites.push({ path, field, text: value });
  } else if (Array.isArray(value)) {
    const items = node === null ? null : itemsOf(tree, node);
    const itemPath = items === null ? `${path}[]` : items.path;
    for (const item of value) visit(tree, item, items, itemPath, field, sites);
  } else if (value instanceof Map) {
    for (const [key, item] of value) visitEntry(tree, String(key), item, node, path, field, sites);
  } else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    for (const key in value) {
      if (Object.hasOwn(value, key)) visitEntry(tree, key, (value as Record<string, unknown>)[key], node, path, field, sites);
    }
  }
}

function visitEntry(tree: Compiled, key: string, item: unknown, node: PathNode | null, path: string, field: string, sites: StringSite[]): void {
  const top = field === '' ? key : field;
  if (path !== '') {
    const keys = node === null ? null : keysOf(tree, node);
    if (keys?.exempt?.(key) !== true) sites.push({ path: keys === null ? `${path}{}` : keys.path, field: top, text: key });
  }
  // Nulls, numbers and booleans hold no string: their path is not even built.
  if (typeof item === 'object' ? item === null : typeof item !== 'string') return;
  const child = node === null ? null : fieldOf(tree, node, key);
  visit(tree, item, child, child === null ? (path === '' ? key : `${path}.${key}`) : child.path, top, sites);
}
