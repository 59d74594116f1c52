import { isMap, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { AnnualAssessment } from '../../generated/types.js';
import type { AssessmentChange } from './answers.js';

/**
 * Writes a form's changes into a matrix's parsed YAML, node by node, so the planner's comments,
 * key order, quoting and flow style stay: a changed status or comment replaces only its value, a
 * new assessment goes in year order and is written the way the file writes its other assessments.
 */
export function applyChanges(doc: Document, changes: readonly AssessmentChange[]): void {
  // A first assessment of an action is written the way the file writes its others.
  const flowFile = isFlow(firstAssessment(doc));
  // Changes to assessments first, while their indexes still point at them; new ones go in after.
  for (const change of [...changes.filter((c) => c.index !== undefined), ...changes.filter((c) => c.index === undefined)]) {
    const action = doc.getIn(change.target.path, true);
    if (!isMap(action)) throw new Error(`the matrix changed under welfare: no action at ${change.target.path.join('.')}`);
    if (change.index === undefined) addAssessment(doc, action, change, flowFile);
    else updateAssessment(doc, change);
  }
}

function updateAssessment(doc: Document, change: AssessmentChange): void {
  const list = doc.getIn([...change.target.path, 'assessments'], true);
  const assessment = isSeq(list) ? list.items[change.index!] : undefined;
  if (!isMap(assessment)) throw new Error(`the matrix changed under welfare: no assessment ${change.index} of action '${change.target.action.id}'`);
  const inFlow = isFlow(list) || isFlow(assessment);
  setValue(assessment, 'status', new Scalar(change.status));
  if (!change.comment) return;
  const comment = assessment.get('comment', true);
  const text = textNode(change.comment.text, inFlow || isFlow(comment));
  if (isMap(comment)) setValue(comment, change.comment.language, text);
  else assessment.set('comment', mapOf(change.comment.language, text));
}

function addAssessment(doc: Document, action: YAMLMap, change: AssessmentChange, flowFile: boolean): void {
  const existing: unknown = action.get('assessments', true);
  const seq = isSeq(existing) ? existing : new YAMLSeq();
  if (seq !== existing) action.set('assessments', seq);
  const last = seq.items.at(-1);
  const flow = isFlow(seq) || (last ? isFlow(last) : flowFile);
  const assessment: Omit<AnnualAssessment, 'comment'> = { year: change.year, ...(change.municipality && { municipality: change.municipality }), status: change.status };
  const node = doc.createNode(assessment) as YAMLMap;
  node.flow = flow;
  if (change.comment) node.set('comment', mapOf(change.comment.language, textNode(change.comment.text, flow)));
  const later = seq.items.findIndex((item) => isMap(item) && Number(item.get('year')) > change.year);
  seq.items.splice(later < 0 ? seq.items.length : later, 0, node);
}

/**
 * A comment's text. One of several lines is a block (`|-`) where it can be, and quoted on one line
 * in a flow collection (`{ sv: "…\n…" }`), where a block cannot go.
 */
function textNode(text: string, inFlow: boolean): Scalar {
  const node = new Scalar(text);
  if (text.includes('\n')) node.type = inFlow ? Scalar.QUOTE_DOUBLE : Scalar.BLOCK_LITERAL;
  return node;
}

/** Changes a scalar in place, which keeps a comment written after it; a new key goes last. */
function setValue(map: YAMLMap, key: string, value: Scalar): void {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair || !isScalar(pair.value)) return void map.set(key, value);
  pair.value.value = value.value;
  // The old style may not hold the new text (a plain scalar cannot hold several lines).
  if (value.type || pair.value.type === Scalar.PLAIN) pair.value.type = value.type;
}

function mapOf(key: string, value: Scalar): YAMLMap {
  const map = new YAMLMap();
  map.set(key, value);
  return map;
}

const isFlow = (node: unknown) => isMap(node) && node.flow === true;

/** The first assessment of the matrix, if it has any. */
function firstAssessment(doc: Document): unknown {
  let found: unknown;
  const visit = (node: unknown): void => {
    if (found !== undefined) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === 'assessments' && isSeq(pair.value) && pair.value.items.length > 0) found = pair.value.items[0];
        else visit(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(visit);
  };
  visit(doc.contents);
  return found;
}
