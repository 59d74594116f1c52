import { own } from '../own.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Action, ActionMatrix, FocusArea, Goal, IndicatorUse, Period, Text } from '../../generated/types.js';
import { fieldName } from '../messages.js';
import type { SourceFile } from '../source.js';
import { mergeAssessments } from './assessments.js';
import { MergeReport, type Place } from './messages.js';
import type { MergeOptions, Resolutions } from './options.js';
import { municipalityOrder, rankInputs, sortedIds } from './order.js';
import { combineOptionalText, combineText, joinTexts } from './text.js';
import { carriersOf, resolve, versionsOf, type Comparison, type Occurrence } from './versions.js';
import { reportSameWording } from './wording.js';

export interface MatrixInput {
  matrix: ActionMatrix;
  file: SourceFile;
  /** Whose matrix this is, when the project says so; else the matrix's own `municipalities`. */
  municipality?: string;
}

/** Every focus area, goal and action of the inputs by id, in reading order. */
interface Reading {
  focusAreas: Map<string, Occurrence<FocusArea>[]>;
  goals: Map<string, Occurrence<Goal>[]>;
  actions: Map<string, Occurrence<Action>[]>;
}

/** An action of the joint matrix, with the goal it goes under and its place in reading order. */
interface PlacedAction {
  action: Action;
  goal: string;
  seq: number;
}

type Compare = (a: string, b: string) => number;

/**
 * The joint action matrix of several municipalities. Focus areas, goals and actions are matched
 * by id; an action whose versions agree becomes one action carried by all of them, one whose
 * versions differ is a conflict unless `resolutions` decides it. Every action and assessment of
 * the result names its municipality, and the same inputs in any order give the same result.
 */
export function mergeMatrices(inputs: MatrixInput[], options: MergeOptions = {}): { matrix: ActionMatrix; diagnostics: Diagnostic[] } {
  if (inputs.length === 0) throw new Error('mergeMatrices needs at least one matrix');
  const compare = municipalityOrder(options.order);
  const report = new MergeReport(options.lang ?? 'en');
  const owners = (input: MatrixInput) => (input.municipality ? [input.municipality] : input.matrix.municipalities);
  const ranked = rankInputs(inputs, owners, compare);
  const read = readAll(ranked, owners);

  reportSameWording(read.focusAreas, (fa) => fa.title, 'title', 'focusAreas', report);
  reportSameWording(read.goals, (goal) => goal.text, 'text', 'goals', report);
  reportSameWording(read.actions, (action) => action.text, 'text', 'actions', report);

  const actions = mergeActions(read.actions, options.resolutions ?? {}, compare, report);
  const focusAreas = arrange(read, actions, report);
  const title = joinTexts(ranked.flatMap((i) => (i.matrix.title ? [i.matrix.title] : [])), ' / ');
  const period = jointPeriod(ranked, report);
  const introduction = joinTexts(ranked.flatMap((i) => (i.matrix.introduction ? [i.matrix.introduction] : [])), '\n\n');
  const matrix: ActionMatrix = {
    municipalities: sortedIds([...ranked.flatMap(owners), ...actions.flatMap((a) => a.action.municipalities ?? [])], compare),
    ...(title ? { title } : {}),
    ...(period ? { period } : {}),
    ...(introduction ? { introduction } : {}),
    focusAreas,
  };
  return { matrix, diagnostics: sortDiagnostics(report.diagnostics) };
}

function readAll(ranked: readonly MatrixInput[], owners: (input: MatrixInput) => readonly string[]): Reading {
  const reading: Reading = { focusAreas: new Map(), goals: new Map(), actions: new Map() };
  let seq = 0;
  const add = <T,>(map: Map<string, Occurrence<T>[]>, id: string, occurrence: Omit<Occurrence<T>, 'seq'>) => {
    const list = map.get(id) ?? map.set(id, []).get(id)!;
    list.push({ ...occurrence, seq: seq++ });
  };
  for (const input of ranked) {
    const { file } = input;
    const carriers = owners(input);
    input.matrix.focusAreas.forEach((focusArea, i) => {
      const faPath = ['focusAreas', i];
      add(reading.focusAreas, focusArea.id, { item: focusArea, carriers, file, path: faPath });
      focusArea.goals.forEach((goal, j) => {
        const goalPath = [...faPath, 'goals', j];
        add(reading.goals, goal.id, { item: goal, carriers, parent: focusArea.id, file, path: goalPath });
        goal.actions.forEach((action, k) =>
          add(reading.actions, action.id, { item: action, carriers: action.municipalities ?? carriers, parent: goal.id, file, path: [...goalPath, 'actions', k] }),
        );
      });
    });
  }
  return reading;
}

function mergeActions(read: Reading['actions'], resolutions: Resolutions, compare: Compare, report: MergeReport): PlacedAction[] {
  const placed: PlacedAction[] = [];
  const splitIds = new Map<string, Place>();
  const build = (id: string, originalId: string, content: Action, occurrences: Occurrence<Action>[], placedBy: Occurrence<Action>): PlacedAction => {
    const assessments = mergeAssessments(occurrences, report.named('actions', id), report);
    const action: Action = {
      id,
      text: content.text,
      municipalities: sortedIds(carriersOf(occurrences), compare),
      indicators: content.indicators,
      actors: content.actors,
      ...(assessments.length ? { assessments } : {}),
    };
    return { action, goal: placeOf(occurrences, placedBy, 'actions', 'goals', originalId, report), seq: placedBy.seq };
  };
  for (const [id, occurrences] of read) {
    const outcome = resolve(versionsOf(occurrences, compareActions), own(resolutions, id), compareActions, { id, listKey: 'actions', resolvable: true }, report);
    if (outcome.kind === 'one') {
      placed.push(build(id, id, outcome.content, outcome.occurrences, outcome.placedBy));
      continue;
    }
    // 'split': each version keeps its own place, under the id suffixed with whoever carries it.
    for (const version of outcome.versions) {
      const first = version.occurrences[0]!;
      const splitId = `${id}-${sortedIds(carriersOf(version.occurrences), compare).join('-')}`;
      const clash = read.get(splitId)?.[0] ?? splitIds.get(splitId);
      if (clash) report.add('error', 'split-id-taken', { file: first.file, path: [...first.path, 'id'] }, { where: report.named('actions', id), value: splitId, other: report.where(clash) });
      splitIds.set(splitId, first);
      placed.push(build(splitId, id, version.content, version.occurrences, first));
    }
  }
  return placed.sort((a, b) => a.seq - b.seq);
}

/** "Same content": the same text, indicators and actors; assessments are per municipality and merge on their own. */
function compareActions(a: Action, b: Action): Comparison<Action> {
  const text = combineText(a.text, b.text);
  const indicators = combineIndicators(a.indicators, b.indicators);
  const actors = a.actors.length === b.actors.length && a.actors.every((actor) => b.actors.includes(actor));
  if (text && indicators && actors) return { combined: { ...a, text, indicators } };
  return { differs: [...(text ? [] : ['text']), ...(indicators ? [] : ['indicators']), ...(actors ? [] : ['actors'])] };
}

function combineIndicators(a: IndicatorUse[], b: IndicatorUse[]): IndicatorUse[] | undefined {
  if (a.length !== b.length) return undefined;
  const out: IndicatorUse[] = [];
  for (const [i, x] of a.entries()) {
    const y = b[i]!;
    const text = combineOptionalText(x.text, y.text);
    if (!text || x.ref !== y.ref) return undefined;
    out.push({ ...(text.text ? { text: text.text } : {}), ...(x.ref !== undefined ? { ref: x.ref } : {}) });
  }
  return out;
}

/** The focus areas with their goals and actions, each where its placing appearance has it, in reading order. */
function arrange(read: Reading, actions: readonly PlacedAction[], report: MergeReport): FocusArea[] {
  const actionsByGoal = new Map<string, Action[]>();
  for (const { action, goal } of actions) (actionsByGoal.get(goal) ?? actionsByGoal.set(goal, []).get(goal)!).push(action);
  const goalsByFocusArea = new Map<string, { id: string; text: Text; first: Occurrence<Goal> }[]>();
  for (const [id, occurrences] of read.goals) {
    const first = occurrences[0]!;
    const focusArea = placeOf(occurrences, first, 'goals', 'focusAreas', id, report);
    const text = agreedText(occurrences, 'text', (goal) => goal.text, 'goals', id, report);
    (goalsByFocusArea.get(focusArea) ?? goalsByFocusArea.set(focusArea, []).get(focusArea)!).push({ id, text, first });
  }
  const focusAreas: FocusArea[] = [];
  for (const [id, occurrences] of read.focusAreas) {
    const title = agreedText(occurrences, 'title', (fa) => fa.title, 'focusAreas', id, report);
    const goals: Goal[] = [];
    for (const goal of goalsByFocusArea.get(id) ?? []) {
      const goalActions = actionsByGoal.get(goal.id);
      if (goalActions) goals.push({ id: goal.id, text: goal.text, actions: goalActions });
      else report.add('warning', 'left-out', goal.first, { where: report.named('goals', goal.id), children: fieldName('actions', report.lang) });
    }
    if (goals.length) focusAreas.push({ id, title, goals });
    else report.add('warning', 'left-out', occurrences[0]!, { where: report.named('focusAreas', id), children: fieldName('goals', report.lang) });
  }
  return focusAreas;
}

/** Where an item stands: under the parent of its placing appearance; other parents are reported. */
function placeOf<T>(occurrences: readonly Occurrence<T>[], placedBy: Occurrence<T>, listKey: string, parentKey: string, id: string, report: MergeReport): string {
  const parent = placedBy.parent!;
  for (const other of occurrences) {
    if (other.parent === parent) continue;
    report.pair('warning', 'different-place', placedBy, other, (here, there) => ({
      where: report.named(listKey, id),
      parent: report.named(parentKey, here.parent!),
      otherParent: report.named(parentKey, there.parent!),
      kept: report.named(parentKey, parent),
    }));
  }
  return parent;
}

/** The text of a focus area or goal: combined where the inputs agree, else the first one's, with a warning. */
function agreedText<T>(occurrences: readonly Occurrence<T>[], field: 'title' | 'text', textOf: (item: T) => Text, listKey: string, id: string, report: MergeReport): Text {
  const first = occurrences[0]!;
  const at = (o: Occurrence<T>): Place => ({ file: o.file, path: [...o.path, field] });
  let text = textOf(first.item);
  for (const other of occurrences.slice(1)) {
    const combined = combineText(text, textOf(other.item));
    if (combined) text = combined;
    else report.pair('warning', 'different-text', at(first), at(other), () => ({ where: report.named(listKey, id), field: fieldName(field, report.lang), kept: report.where(at(first)) }));
  }
  return text;
}

/** The plan period of the joint matrix: the span of the inputs' periods; differing periods are reported. */
function jointPeriod(ranked: readonly MatrixInput[], report: MergeReport): Period | undefined {
  const periods = ranked.flatMap((i) => (i.matrix.period ? [{ file: i.file, path: ['period'], period: i.matrix.period }] : []));
  const first = periods[0];
  if (!first) return undefined;
  const joint = { start: Math.min(...periods.map((p) => p.period.start)), end: Math.max(...periods.map((p) => p.period.end)) };
  const show = (p: Period) => `${p.start}–${p.end}`;
  for (const other of periods.slice(1)) {
    if (other.period.start === first.period.start && other.period.end === first.period.end) continue;
    report.pair('warning', 'period-mismatch', first, other, (here, there) => ({ period: show(here.period), otherPeriod: show(there.period), joint: show(joint) }));
  }
  return joint;
}
