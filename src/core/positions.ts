import {
  EVENT_DOCUMENT, EVENT_MAPPING, EVENT_POP, EVENT_SCALAR, EVENT_SEQUENCE, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_FOLDED_BLOCK,
  SCALAR_STYLE_LITERAL_BLOCK, SCALAR_STYLE_PLAIN, SCALAR_STYLE_SINGLE_QUOTED, getScalarValue, parseEvents,
} from 'js-yaml';
import { coreScalar } from './fast-yaml.js';
import type { DataPath } from './source.js';

/**
 * Where each node of a file read the fast way starts, from js-yaml's events: built only for a file
 * that has a message to place. Offsets are those eemeli/yaml gives its nodes (a quoted scalar at its
 * quote, a block scalar at its `|` or `>`, an empty value just after its indicator), so a message
 * lands where the eemeli path puts it. Where that cannot be told, `offsetOf` says so (undefined)
 * and the caller asks eemeli/yaml.
 */
export class Positions {
  private constructor(private readonly root: PositionNode) {}

  /** The positions of a text the fast path accepted, or undefined if they cannot be told from events. */
  static of(text: string): Positions | undefined {
    const root = build(text);
    return root ? new Positions(root) : undefined;
  }

  /** The offset of a place in the data, walked as eemeli/yaml's documents are walked in source.ts. */
  offsetOf(path: DataPath, at: 'key' | 'value'): number {
    let node: PositionNode | undefined = this.root;
    let best = this.root.start;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const last = i === path.length - 1;
      if (node?.pairs) {
        const pair: Pair | undefined = node.pairs.get(String(seg));
        if (!pair) return best;
        best = pair.keyStart;
        if (last && at === 'key') return best;
        node = pair.value;
      } else if (node?.items && typeof seg === 'number') {
        node = node.items[seg];
      } else {
        return best;
      }
      if (node && !(last && at === 'key')) best = node.start;
    }
    return best;
  }
}

interface PositionNode { start: number; pairs?: Map<string, Pair>; items?: PositionNode[] }
interface Pair { keyStart: number; value: PositionNode }
interface Open { node: PositionNode; flow: boolean; key?: { name: string; start: number } }

function build(text: string): PositionNode | undefined {
  const events = parseEvents(text, {});
  const stack: Open[] = [];
  let root: PositionNode | undefined;
  // The end of the last token read: where the search for the next indicator starts.
  let end = 0;
  const place = (node: PositionNode): boolean => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = node;
      return true;
    }
    if (parent.node.items) parent.node.items.push(node);
    else if (parent.key) {
      if (!parent.node.pairs!.has(parent.key.name)) parent.node.pairs!.set(parent.key.name, { keyStart: parent.key.start, value: node });
      parent.key = undefined;
    } else return false;
    return true;
  };
  for (const e of events) {
    if (e.type === EVENT_DOCUMENT) continue;
    if (e.type === EVENT_MAPPING || e.type === EVENT_SEQUENCE) {
      const node: PositionNode = e.type === EVENT_MAPPING ? { start: e.start, pairs: new Map() } : { start: e.start, items: [] };
      if (!place(node)) return undefined;
      stack.push({ node, flow: e.style === 2 });
      end = e.start + 1;
      continue;
    }
    if (e.type === EVENT_POP) {
      stack.pop();
      continue;
    }
    if (e.type !== EVENT_SCALAR) return undefined;
    const parent = stack[stack.length - 1];
    const quoted = e.style === SCALAR_STYLE_SINGLE_QUOTED || e.style === SCALAR_STYLE_DOUBLE_QUOTED;
    const isKey = parent?.node.pairs !== undefined && parent.key === undefined;
    if (isKey) {
      if (e.valueStart === -1) return undefined;
      const source = getScalarValue(text, e);
      parent!.key = { name: e.style === SCALAR_STYLE_PLAIN ? String(coreScalar(source)) : source, start: quoted ? e.valueStart - 1 : e.valueStart };
      end = quoted ? e.valueEnd + 1 : e.valueEnd;
      continue;
    }
    let start: number;
    if (e.valueStart === -1) {
      // An empty value: just after its `:` or `-` and the spaces that follow, as eemeli/yaml has it.
      if (!parent || parent.flow) return undefined;
      const indicator = findIndicator(text, end, parent.node.pairs ? ':' : '-');
      if (indicator === -1) return undefined;
      start = indicator + 1;
      while (text[start] === ' ') start++;
    } else if (e.style === SCALAR_STYLE_LITERAL_BLOCK || e.style === SCALAR_STYLE_FOLDED_BLOCK) {
      start = findIndicator(text, end, e.style === SCALAR_STYLE_LITERAL_BLOCK ? '|' : '>');
      if (start === -1 || start > e.valueStart) return undefined;
    } else {
      start = quoted ? e.valueStart - 1 : e.valueStart;
    }
    if (!place({ start })) return undefined;
    if (e.valueEnd !== -1) end = quoted ? e.valueEnd + 1 : e.valueEnd;
    else end = start;
  }
  return root;
}

/** The next `ch` at or after `from` outside comments (between tokens, `#` can only start one). */
function findIndicator(text: string, from: number, ch: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === ch) return i;
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return -1;
      i = nl;
    }
  }
  return -1;
}
