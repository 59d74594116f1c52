import type { Language } from '../generated/types.js';
import { isEmpty, listItems, oneLine, type CleanCell } from './clean.js';
import { readHeader, type ColumnRole, type Header } from './header.js';
import { quote, type ImportNotes } from './notes.js';
import { readPreamble, type Preamble } from './preamble.js';
import type { CleanRow } from './rows.js';
import { greatest, isCapitals, least, numbered, sameText, sentenceCase } from './text.js';
import { said } from './words.js';

/** An action as the table gives it, before ids and actors are resolved. */
export interface ImportedAction {
  line: number;
  text: string;
  indicators: string[];
  /** The responsible-actor texts of the action's rows, one per line of the cell, not yet split. */
  actorTexts: { line: number; text: string }[];
}
export interface ImportedGoal {
  line: number;
  text: string;
  actions: ImportedAction[];
}
export interface ImportedFocusArea {
  line: number;
  title: string;
  goals: ImportedGoal[];
}
/** An action matrix as recovered from a table: structure and text in one language, no ids yet. */
export interface ImportedMatrix {
  title?: string;
  introduction?: string[];
  focusAreas: ImportedFocusArea[];
  /** The language of the table's headings. */
  language: Language;
}

/**
 * Recovers focus areas, goals and actions from the rows of a table copied out of a document or
 * saved from a spreadsheet, noting every guess. `positional` says the cells are where the sheet
 * has them (a workbook); in copied text a row may have lost its leading empty cells.
 */
export function recoverStructure(rows: readonly CleanRow[], positional: boolean, notes: ImportNotes): ImportedMatrix {
  const filled = rows.filter((row) => row.filled.length > 0);
  const headers = new Map<number, Header>();
  filled.forEach((row, i) => {
    const header = row.filled.length >= 3 ? readHeader(row.line, row.cells) : undefined;
    if (header) headers.set(i, header);
  });
  const first = least(headers.keys());
  if (!Number.isFinite(first)) {
    notes.error(undefined, said('noHeader'));
    return { focusAreas: [], language: 'sv' };
  }
  // The line just above the first header is the first focus area's heading when it stands alone.
  const start = first > 0 && filled[first - 1]!.filled.length === 1 ? first - 1 : first;
  const preamble = readPreamble(filled.slice(0, start), notes);
  const reader = new StructureReader(filled, headers, preamble, positional, notes);
  for (let i = start; i < filled.length; i++) reader.read(i);
  return {
    ...(preamble.title && { title: preamble.title.text }),
    ...(preamble.introduction && { introduction: preamble.introduction.paragraphs }),
    focusAreas: reader.finish(),
    language: headers.get(first)!.language,
  };
}

type RowCells = Partial<Record<ColumnRole, CleanCell>>;

class StructureReader {
  /** The header the rows are read by; a heading above the first header row is read by that one. */
  private header: Header;
  private announced?: Header;
  private focusAreas: ImportedFocusArea[] = [];
  private focusArea?: ImportedFocusArea;
  private goal?: ImportedGoal;
  private action?: ImportedAction;
  /** Rows that repeat their goal's text (a filled-down or merged goal column), by goal. */
  private repeats = new Map<ImportedGoal, number[]>();

  constructor(
    private readonly rows: readonly CleanRow[],
    private readonly headers: ReadonlyMap<number, Header>,
    private readonly preamble: Preamble,
    private readonly positional: boolean,
    private readonly notes: ImportNotes,
  ) {
    this.header = headers.get(least(headers.keys()))!;
  }

  read(i: number): void {
    const row = this.rows[i]!;
    const header = this.headers.get(i);
    if (header) return this.useHeader(header);
    if (this.isHeading(i)) return this.startFocusArea(row.line, oneLine(row.cells[row.filled[0]!]));
    // A table without a goal column gives each goal a row of its own above its actions.
    if (this.header.columns.goal === undefined && row.filled.length === 1 && row.filled[0]! <= this.leftmost()) return this.readGoal(row.line, oneLine(row.cells[row.filled[0]!]), true);
    const cells = this.mapRow(row);
    const focusArea = oneLine(cells.focusArea);
    if (focusArea && !(this.focusArea && sameText(this.focusArea.title, focusArea))) this.startFocusArea(row.line, focusArea, true);
    const goal = oneLine(cells.goal);
    const action = oneLine(cells.action);
    const indicators = listItems(cells.indicator);
    const actors = listItems(cells.actor);
    if (goal) this.readGoal(row.line, goal, !action && indicators.length === 0 && actors.length === 0);
    if (action) {
      if (!this.goal) return this.notes.error(row.line, said('actionWithoutGoal', quote(action)));
      this.action = { line: row.line, text: action, indicators: [], actorTexts: [] };
      this.goal.actions.push(this.action);
    } else if (indicators.length > 0 || actors.length > 0) {
      if (!this.action) return this.notes.error(row.line, said('withoutAction', { indicator: this.heading('indicator'), actor: this.heading('actor') }));
      const columns = [indicators.length > 0 && this.heading('indicator'), actors.length > 0 && this.heading('actor')].filter((c) => c !== false);
      this.notes.info(row.line, said('moreOfAction', { columns, line: this.action.line }));
    }
    this.action?.indicators.push(...indicators);
    this.action?.actorTexts.push(...actors.map((text) => ({ line: row.line, text })));
  }

  /** The focus areas with their goals and actions; what cannot make a valid matrix is noted. */
  finish(): ImportedFocusArea[] {
    for (const [goal, lines] of this.repeats) {
      this.notes.info(lines[0], said('goalRepeated', { rows: lines.length, line: goal.line }), lines[lines.length - 1]);
    }
    const kept: ImportedFocusArea[] = [];
    for (const focusArea of this.focusAreas) {
      focusArea.goals = focusArea.goals.filter((goal) => {
        if (goal.actions.length > 0) return true;
        this.notes.warning(goal.line, said('goalWithoutActions', quote(goal.text)));
        return false;
      });
      if (focusArea.goals.length === 0) {
        this.notes.warning(focusArea.line, said('focusAreaWithoutGoals', quote(focusArea.title)));
        continue;
      }
      kept.push(focusArea);
      for (const goal of focusArea.goals) {
        const lastLine = greatest(goal.actions.map((a) => a.line));
        this.notes.info(goal.line, said('goalActions', { goal: quote(goal.text), actions: goal.actions.length }), lastLine);
        for (const action of goal.actions) {
          if (action.indicators.length === 0) this.notes.error(action.line, said('noIndicator', { action: quote(action.text), column: this.heading('indicator') }));
          if (action.actorTexts.length === 0) this.notes.error(action.line, said('noActor', { action: quote(action.text), column: this.heading('actor') }));
        }
      }
    }
    if (kept.length === 0 && this.notes.errors === 0) this.notes.error(undefined, said('noActions'));
    return kept;
  }

  private useHeader(header: Header) {
    const order = (h: Header) => h.headings.join('|');
    if (!this.announced || order(this.announced) !== order(header)) {
      this.notes.info(header.line, said('headerRow', header.headings.filter(Boolean)));
      for (const { index, heading } of header.ignored) {
        this.notes.warning(header.line, said('otherColumn', { n: index + 1, heading: quote(heading) }));
      }
    }
    this.header = header;
    this.announced = header;
  }

  private heading(role: ColumnRole): string {
    const index = this.header.columns[role];
    return index === undefined ? role : this.header.headings[index]!;
  }

  /**
   * A row with one text, at the table's left edge, is a focus area's heading when a header row
   * follows it, when it is numbered or in capitals, or when the list above names it.
   */
  private isHeading(i: number): boolean {
    const row = this.rows[i]!;
    if (row.filled.length !== 1) return false;
    if (row.filled[0]! > this.leftmost()) return false;
    const text = oneLine(row.cells[row.filled[0]!]);
    const listed = [...this.preamble.focusAreaList.values()].some((f) => sameText(f.title, text));
    return this.headers.has(i + 1) || numbered(text) !== undefined || isCapitals(text) || listed;
  }

  private leftmost(): number {
    return least(Object.values(this.header.columns));
  }

  private startFocusArea(line: number, heading: string, fromColumn = false) {
    const found = numbered(heading);
    const text = found?.text ?? heading;
    const listed = found ? this.preamble.focusAreaList.get(found.number) : [...this.preamble.focusAreaList.values()].find((f) => sameText(f.title, text));
    let title = text;
    if (listed && sameText(listed.title, text)) {
      title = listed.title;
      if (listed.title !== text) this.notes.info(line, said('titleAsListed', { line: listed.line, title: quote(listed.title) }));
    } else {
      if (isCapitals(text)) {
        title = sentenceCase(text);
        this.notes.info(line, said('capitals', quote(title)));
      }
      if (listed) this.notes.info(line, said('listedOtherwise', { line: listed.line, title: quote(listed.title) }));
    }
    this.focusArea = { line, title, goals: [] };
    this.focusAreas.push(this.focusArea);
    this.goal = undefined;
    this.action = undefined;
    this.notes.info(line, said('focusArea', { n: this.focusAreas.length, title: quote(title), ...(fromColumn && { column: this.heading('focusArea') }) }));
  }

  private readGoal(line: number, text: string, alone: boolean) {
    if (this.goal && this.focusArea?.goals.includes(this.goal) && sameText(this.goal.text, text)) {
      const lines = this.repeats.get(this.goal) ?? this.repeats.set(this.goal, []).get(this.goal)!;
      lines.push(line);
      return;
    }
    if (!this.focusArea) {
      this.notes.error(line, said('goalBeforeFocusArea', quote(text)));
      return;
    }
    this.goal = { line, text, actions: [] };
    this.focusArea.goals.push(this.goal);
    this.action = undefined;
    if (alone) this.notes.info(line, said('goalAlone'));
  }

  /**
   * The cells of a row by role. A copied row that has fewer cells than the header and exactly as
   * many as the columns other than goal (and focus area) lost its leading empty cells: the goal
   * continues from the row above.
   */
  private mapRow(row: CleanRow): RowCells {
    const { columns, width } = this.header;
    const roleAt = new Map(Object.entries(columns).map(([role, index]) => [index, role as ColumnRole]));
    let place = (i: number) => i;
    if (!this.positional && row.cells.length < width && !isEmpty(row.cells[0])) {
      const continued = new Set([columns.goal, columns.focusArea]);
      const rest = Array.from({ length: width }, (_, i) => i).filter((i) => !continued.has(i));
      if (row.cells.length === rest.length) {
        place = (i) => rest[i]!;
        const columns = rest.slice(0, row.cells.length).map((i) => this.header.headings[i]).join(' / ');
        this.notes.info(row.line, said('cellsTaken', { cells: row.cells.length, columns, ...(this.goal && { goal: quote(this.goal.text) }) }));
      } else {
        const columns = row.cells.map((_, i) => this.header.headings[i]).join(' / ');
        this.notes.warning(row.line, said('cellsUnlikeHeader', { cells: row.cells.length, width, columns }));
      }
    }
    const cells: RowCells = {};
    row.filled.forEach((i) => {
      const column = place(i);
      const role = roleAt.get(column);
      if (role) cells[role] = row.cells[i];
      else if (column >= width) this.notes.warning(row.line, said('unheadedColumn', { n: column + 1, text: quote(oneLine(row.cells[i])) }));
    });
    return cells;
  }
}
