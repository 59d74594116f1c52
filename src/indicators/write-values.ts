import { isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, type Document, type YAMLSeq } from 'yaml';

/** What one indicator of indicators.yaml gets from a pull. */
export interface IndicatorUpdate {
  /** The indicator's place in the file's `indicators` list. */
  index: number;
  /** Values per municipality or reference region id, then per year; null where THL withholds the value. */
  values: Map<string, Map<number, number | null>>;
  /** The day the values were fetched from Sotkanet (YYYY-MM-DD): today, or the day of the cached answer. */
  retrieved: string;
  /**
   * Whether the values were fetched from Sotkanet now. An answer from the cache changes the date
   * only where it changes the values: the date says when the data was fetched, and a pull served
   * from the cache on a later day must not rewrite every date of the file.
   */
  fetched: boolean;
  /** The decimals Sotkanet shows, written only where the file gives none. */
  decimals?: number;
}

/**
 * Writes a pull's results into the parsed indicators.yaml, node by node, so the planner's
 * comments, key order, quoting and flow style survive; years are kept in order.
 */
export function applyUpdates(doc: Document.Parsed, updates: IndicatorUpdate[]): void {
  const quoted = yearsQuoted(doc);
  for (const update of updates) applyUpdate(doc, update, quoted);
}

function applyUpdate(doc: Document.Parsed, update: IndicatorUpdate, quoted: boolean): void {
  const indicator = doc.getIn(['indicators', update.index], true);
  if (!isMap(indicator)) throw new Error(`indicators.yaml changed under welfare: item ${update.index} is not an indicator`);
  let changed = false;
  if (update.decimals !== undefined && !indicator.has('decimals')) {
    // Beside the other presentation fields, before the source, where a person would write it.
    const at = indicator.items.findIndex((p) => keyOf(p) === 'source');
    indicator.items.splice(at < 0 ? indicator.items.length : at, 0, new Pair(new Scalar('decimals'), new Scalar(update.decimals)));
    changed = true;
  }
  if (update.values.size > 0) {
    // THL's values replace made-up ones: the documents then credit THL, not an example.
    if (indicator.has('illustrative')) {
      indicator.delete('illustrative');
      changed = true;
    }
    const values = childMap(indicator, 'values');
    for (const [municipality, years] of update.values) {
      const perYear = childMap(values, municipality);
      for (const [year, value] of years) changed = setYear(perYear, year, value, quoted) || changed;
      perYear.items.sort((a, b) => Number(keyOf(a)) - Number(keyOf(b)));
    }
  }
  const source = indicator.get('source', true);
  if (isMap(source) && (update.fetched || changed || !source.has('retrieved'))) source.set('retrieved', update.retrieved);
}

/** Sets one year's value; says whether that changed it. */
function setYear(map: YAMLMap, year: number, value: number | null, quoted: boolean): boolean {
  const pair = map.items.find((p) => keyOf(p) === String(year));
  if (pair) {
    const before = isScalar(pair.value) ? pair.value.value : undefined;
    // Changing the scalar in place keeps a comment written after the value.
    if (isScalar(pair.value)) pair.value.value = value;
    else pair.value = new Scalar(value);
    return before !== value;
  }
  map.items.push(new Pair(new Scalar(quoted ? String(year) : year), new Scalar(value)));
  return true;
}

function childMap(parent: YAMLMap, key: string): YAMLMap {
  const existing = parent.get(key, true);
  if (isMap(existing)) {
    // An empty `{}` becomes a block, as a person would write the years one per line.
    if (existing.items.length === 0) existing.flow = false;
    return existing;
  }
  const created = new YAMLMap();
  parent.set(key, created);
  return created;
}

/** Whether the file writes its years quoted ("2019":) rather than as numbers (2019:); the more common way wins. */
function yearsQuoted(doc: Document.Parsed): boolean {
  let quoted = 0;
  let plain = 0;
  const indicators = doc.get('indicators', true);
  for (const indicator of isSeq(indicators) ? indicators.items : []) {
    const values = isMap(indicator) ? indicator.get('values', true) : undefined;
    for (const perYear of isMap(values) ? values.items : []) {
      for (const pair of isMap(perYear.value) ? perYear.value.items : []) {
        if (isScalar(pair.key) && typeof pair.key.value === 'string') quoted++;
        else plain++;
      }
    }
  }
  return quoted > plain;
}

const keyOf = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);

/** A reference region as indicators.yaml lists it under `regions:`. */
export interface RegionEntry {
  id: string;
  kind: string;
  code: string;
  name: { sv?: string; fi?: string };
  municipalities?: string[];
}

/**
 * Adds the reference regions a pull found to the file's `regions:` list, or updates the entry of
 * the same id: its name stays as the planner wrote it, its code and municipalities become what
 * Sotkanet says.
 */
export function applyRegions(doc: Document.Parsed, regions: RegionEntry[]): void {
  if (regions.length === 0) return;
  let list = doc.get('regions', true);
  if (!isSeq(list)) {
    list = doc.createNode([]);
    // Before the indicators, where a reader meets them first.
    const root = doc.contents;
    if (!isMap(root)) throw new Error('indicators.yaml changed under welfare: it is not a map');
    const at = root.items.findIndex((p) => keyOf(p) === 'indicators');
    (root.items as Pair[]).splice(at < 0 ? root.items.length : at, 0, new Pair(new Scalar('regions'), list));
  }
  const seq = list as YAMLSeq;
  for (const region of regions) {
    const existing = seq.items.find((item) => isMap(item) && item.get('id') === region.id);
    if (isMap(existing)) {
      if (existing.get('code') !== region.code) existing.set('code', region.code);
      if (region.municipalities && JSON.stringify(existing.toJSON().municipalities) !== JSON.stringify(region.municipalities)) existing.set('municipalities', doc.createNode(region.municipalities, { flow: true }));
      continue;
    }
    const { municipalities, ...rest } = region;
    const node = doc.createNode(rest) as YAMLMap;
    if (municipalities) node.set('municipalities', doc.createNode(municipalities, { flow: true }));
    seq.items.push(node);
  }
}
