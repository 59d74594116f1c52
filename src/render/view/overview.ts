import type { Action, ActionMatrix, Status, Text } from '../../generated/types.js';
import type { Project } from '../../core/model.js';
import { labels, statusOrder } from '../labels.js';
import { joinText } from './compose.js';
import { documentBase, scopeName, sectionOf, type Chapter, type DocumentView } from './document.js';
import { indicatorViews, type IndicatorView } from './indicators.js';
import { assessedBy, carriersOf, type ProjectNames } from './project-names.js';
import type { Scope } from './scope.js';

/** A status, or `none` for an action a municipality did not assess that year. */
export type StatusKey = Status | 'none';
export const statusKeys: readonly StatusKey[] = [...statusOrder, 'none'];

export interface StatusTable {
  /** The statuses counted, one column each: statusKeys. */
  columns: readonly StatusKey[];
  rows: { name: Text; counts: number[]; total: number }[];
  /** Per status over all rows, aligned with statusKeys. */
  totals: number[];
  total: number;
}

export interface StatusChapter extends Chapter { year: number; byFocusArea: StatusTable; byMunicipality: StatusTable | null }

export interface OverviewEntry { municipality: Text | null; status: Status | null; comment: Text | null }
export interface ActionsChapter extends Chapter {
  year: number;
  showMunicipality: boolean;
  focusAreas: { anchor: string; title: Text; goals: { caption: Text; actions: { id: string; text: Text; entries: OverviewEntry[] }[] }[] }[];
}

const changeKinds = ['improved', 'weakened', 'dropped', 'newlyAssessed', 'noLongerAssessed', 'unchanged'] as const;
export type ChangeKind = (typeof changeKinds)[number];
export interface ChangesChapter extends Chapter {
  year: number;
  previousYear: number;
  /** "Förändringar i siffror 2023–2024" */
  summaryCaption: Text;
  showMunicipality: boolean;
  /** Every action whose status differs from the year before. */
  rows: { text: Text; municipality: Text | null; from: Status | null; to: Status | null; kind: ChangeKind }[];
  counts: { kind: ChangeKind; count: number }[];
}
export interface IndicatorValuesChapter extends Chapter { indicators: IndicatorView[] }
export interface IntroductionChapter extends Chapter { body: Text }
export type OverviewChapter = IntroductionChapter | StatusChapter | ActionsChapter | ChangesChapter | IndicatorValuesChapter;

/** How far along each status is, for telling better from worse; dropped is a change of its own. */
const progress: Record<Exclude<Status, 'dropped'>, number> = { 'not-achieved': 0, 'not-started': 1, ongoing: 2, partly: 3, achieved: 4 };

/** Every action's assessment of one municipality in one year, or null. */
interface Assessed { action: Action; municipality: string; status: Status | null; comment: Text | null; previous: Status | null }

/**
 * The annual overview of a year: each action's status with its comment, the counts per status,
 * what changed since the year before, and the indicators against earlier years.
 */
export function overviewView(project: Project, scope: Scope, names: ProjectNames, year: number): DocumentView<OverviewChapter> {
  const matrix = scope.matrix;
  const multiple = scope.municipalities.length > 1;
  const entriesOf = (action: Action) => assessedIn(action, matrix, year);
  const chapters: OverviewChapter[] = [];

  const intro = sectionOf(project, scope, `overview-${year}`, joinText(labels.overview, ` ${year}`));
  if (intro) chapters.push({ id: 'introduction', partial: 'narrative', title: intro.title, toc: [], body: intro.body });

  const all = matrix.focusAreas.map((fa) => ({ fa, entries: fa.goals.flatMap((g) => g.actions.flatMap(entriesOf)) }));
  const byFocusArea = statusTable(all.map(({ fa, entries }) => ({ name: fa.title, entries })));
  const flat = all.flatMap((x) => x.entries);
  const byMunicipality = multiple ? statusTable(scope.municipalities.map((m) => ({ name: m.name, entries: flat.filter((e) => e.municipality === m.id) }))) : null;
  chapters.push({ id: 'status', partial: 'status-summary', title: joinText(labels.statusSummary, ` ${year}`), toc: [], year, byFocusArea, byMunicipality });

  chapters.push({
    id: 'actions',
    partial: 'overview-actions',
    title: joinText(labels.actionsThisYear, ` ${year}`),
    toc: matrix.focusAreas.map((fa) => ({ id: `actions-${fa.id}`, title: fa.title })),
    year,
    showMunicipality: multiple,
    focusAreas: matrix.focusAreas.map((fa) => ({
      anchor: `actions-${fa.id}`,
      title: fa.title,
      goals: fa.goals.map((goal) => ({
        caption: joinText(labels.goal, ': ', goal.text),
        actions: goal.actions.map((action) => ({
          id: action.id,
          text: action.text,
          entries: entriesOf(action).map((e) => ({ municipality: multiple ? names.municipality(e.municipality) : null, status: e.status, comment: e.comment })),
        })),
      })),
    })),
  });

  const changes = flat.map((e) => ({ e, kind: changeOf(e.previous, e.status) }));
  chapters.push({
    id: 'changes',
    partial: 'changes',
    title: joinText(labels.changesSince, ` ${year - 1}`),
    toc: [],
    year,
    previousYear: year - 1,
    summaryCaption: joinText(labels.changeSummary, ` ${year - 1}–${year}`),
    showMunicipality: multiple,
    rows: changes.filter((c) => c.kind !== 'unchanged').map(({ e, kind }) => ({ text: e.action.text, municipality: multiple ? names.municipality(e.municipality) : null, from: e.previous, to: e.status, kind })),
    counts: changeKinds.map((kind) => ({ kind, count: changes.filter((c) => c.kind === kind).length })),
  });

  const indicators = indicatorViews(project, scope, { anchorPrefix: 'indicator-', upTo: year, lastYears: 5 });
  chapters.push({ id: 'indicators', partial: 'indicator-values', title: labels.indicatorValues, toc: [], indicators });

  return {
    document: 'overview',
    title: joinText(labels.overview, ` ${year} – `, scopeName(scope)),
    subtitle: project.config.title,
    ...documentBase(project, scope),
    chapters,
  };
}

/** The action's assessments of a year, one per municipality that carries it (null status where none was made). */
function assessedIn(action: Action, matrix: ActionMatrix, year: number): Assessed[] {
  return carriersOf(action, matrix).map((municipality) => {
    let current: Assessed['status'] = null;
    let comment: Text | null = null;
    let previous: Status | null = null;
    for (const a of action.assessments ?? []) {
      if (assessedBy(a, action, matrix) !== municipality) continue;
      if (a.year === year) {
        current = a.status;
        comment = a.comment ?? null;
      } else if (a.year === year - 1) previous = a.status;
    }
    return { action, municipality, status: current, comment, previous };
  });
}

function statusTable(groups: { name: Text; entries: Assessed[] }[]): StatusTable {
  const rows = groups.map(({ name, entries }) => {
    const counts = statusKeys.map((key) => entries.filter((e) => (e.status ?? 'none') === key).length);
    return { name, counts, total: entries.length };
  });
  const totals = statusKeys.map((_, i) => rows.reduce((sum, r) => sum + r.counts[i]!, 0));
  return { columns: statusKeys, rows, totals, total: totals.reduce((a, b) => a + b, 0) };
}

function changeOf(from: Status | null, to: Status | null): ChangeKind {
  if (from === to) return 'unchanged';
  if (from === null) return 'newlyAssessed';
  if (to === null) return 'noLongerAssessed';
  if (to === 'dropped') return 'dropped';
  if (from === 'dropped') return 'improved';
  return progress[to] > progress[from] ? 'improved' : 'weakened';
}
