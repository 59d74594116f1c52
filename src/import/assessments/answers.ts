import type { Said } from '../../core/errors.js';
import { inEach } from '../../core/messages.js';
import type { Project } from '../../core/model.js';
import { assessmentOf, outsidePeriod, periodOf } from '../../export/actions.js';
import { headers } from '../../export/words.js';
import type { Language, Status } from '../../generated/types.js';
import type { FormRow, FormTable } from './form.js';
import { statusOfWord, statusWords } from './status-words.js';
import type { ActionTargets, Target } from './targets.js';
import { said } from '../words.js';

/** What one row of a form does to the matrix: a new assessment, or a change to the one there is. */
export interface AssessmentChange {
  target: Target;
  year: number;
  /** The assessment changed, by its place in the action's list; absent for a new one. */
  index?: number;
  /** Whose assessment it is, written on a new one when the action has several municipalities. */
  municipality?: string;
  status: Status;
  /** The comment in the form's language; absent leaves the comment as it is. */
  comment?: { language: Language; text: string };
}

export interface Answers {
  changes: AssessmentChange[];
  added: number;
  changed: number;
  unchanged: number;
  /** Rows without a status: not assessed. */
  skipped: number;
  errors: number;
}

/**
 * Reads every row of the forms against the project's matrices, noting on its row each change,
 * each row passed over and each mistake: an action the municipality does not have, a word that
 * is not a status, a year outside the plan period, a second row for the same action and year.
 */
export function readAnswers(tables: FormTable[], targets: ActionTargets, project: Project, formYear: number | undefined): Answers {
  const answers: Answers = { changes: [], added: 0, changed: 0, unchanged: 0, skipped: 0, errors: 0 };
  // The first row of each action and year, and what it gave, which a second row takes back.
  const firstRow = new Map<string, { table: FormTable; line: number; answer?: AssessmentChange | 'unchanged' }>();
  const takeBack = (answer: AssessmentChange | 'unchanged') => {
    if (answer === 'unchanged') return void answers.unchanged--;
    answers.changes.splice(answers.changes.indexOf(answer), 1);
    answers[answer.index === undefined ? 'added' : 'changed']--;
  };
  for (const table of tables) {
    const { notes, language } = table;
    const errorsBefore = notes.errors;
    for (const row of table.rows) {
      if (!row.status) {
        answers.skipped++;
        if (row.comment) notes.warning(row.line, said('commentWithoutStatus', headers.status[language]));
        else notes.info(row.line, said('noStatus'));
        continue;
      }
      const status = statusOfWord(row.status);
      if (!status) notes.error(row.line, said('notAStatus', { value: row.status, allowed: statusWords(language).join(', ') }));
      const target = targetOf(row, table, targets);
      if ('not' in target) notes.error(row.line, target.not);
      const year = yearOf(row, table, formYear, 'not' in target ? undefined : target, project);
      if (!status || 'not' in target || year === undefined) continue;

      const municipality = row.municipality.toLowerCase();
      const key = `${municipality}/${target.action.id}/${year}`;
      const first = firstRow.get(key);
      if (first) {
        // Which of the two is right is the planner's call: neither is read.
        notes.error(row.line, said('secondRow', { action: target.action.id, municipality, year, first: { line: first.line, ...(first.table !== table && { table: first.table.label }) } }));
        if (first.answer) takeBack(first.answer);
        first.answer = undefined;
        continue;
      }
      const change = changeOf(row, table, target, municipality, year, status);
      if (!change) answers.unchanged++;
      else {
        answers.changes.push(change);
        answers[change.index === undefined ? 'added' : 'changed']++;
      }
      firstRow.set(key, { table, line: row.line, answer: change ?? 'unchanged' });
    }
    answers.errors += notes.errors - errorsBefore;
  }
  return answers;
}

/** The action the row's id and municipality name, or what is wrong with them. */
function targetOf(row: FormRow, table: FormTable, targets: ActionTargets): Target | { not: Said } {
  if (!row.id) return { not: said('noActionId', headers.id[table.language]) };
  if (!row.municipality) return { not: said('noMunicipality', headers.municipality[table.language]) };
  // Ids are lower case; a spreadsheet may have capitalised the first letter.
  return targets.find(row.id.toLowerCase(), row.municipality.toLowerCase());
}

/** The row's year: its own, or --year for an empty cell; a year the matrix can hold assessments for. */
function yearOf(row: FormRow, table: FormTable, formYear: number | undefined, target: Target | undefined, project: Project): number | undefined {
  const column = headers.year[table.language];
  const error = (message: Said) => void table.notes.error(row.line, message);
  if (row.year && !/^\d{4}$/.test(row.year)) return error(said('notAYear', { value: row.year, column }));
  const year = row.year ? Number(row.year) : formYear;
  if (year === undefined) return error(said('noYear', column));
  if (formYear !== undefined && year !== formYear) return error(said('otherYear', { year, formYear }));
  if (!target) return year;
  const { start, end } = periodOf(target.entry, project);
  if (year < start || year > end) return error(inEach(outsidePeriod, { year, start, end, municipality: target.entry.municipality.id }));
  return year;
}

/**
 * What the row changes, noted on the row; undefined when the matrix says it already. The form
 * shows a comment missing in its language in the other one (welfare export's fallback); such a
 * comment sent back unchanged is not copied into the form's language.
 */
function changeOf(row: FormRow, table: FormTable, target: Target, municipality: string, year: number, status: Status): AssessmentChange | undefined {
  const { language, notes } = table;
  const other: Language = language === 'sv' ? 'fi' : 'sv';
  const existing = assessmentOf(target.action, municipality, year);
  const current = existing?.comment?.[language];
  const fallback = current === undefined ? existing?.comment?.[other] : undefined;
  let comment: string | undefined;
  if (!row.comment) {
    if (current) notes.info(row.line, said('commentKept', { column: headers.comment[language], language }));
  } else if (row.comment === current?.trim()) {
    // The same comment, sent back.
  } else if (row.comment === fallback?.trim()) {
    notes.info(row.line, said('fallbackComment', { language, other }));
  } else comment = row.comment;

  const what = `'${target.action.id}' (${municipality}) ${year}`;
  if (!existing) {
    notes.info(row.line, said('newAssessment', { what, status, language, comment: comment !== undefined }));
    return { target, year, status, ...(target.carriers.length > 1 && { municipality }), ...(comment && { comment: { language, text: comment } }) };
  }
  if (existing.status === status && comment === undefined) return undefined;
  const commentChange = comment === undefined ? undefined : current === undefined ? 'added' : 'changed';
  notes.info(row.line, said('assessmentChanged', { what, ...(existing.status !== status && { from: existing.status }), to: status, language, ...(commentChange && { comment: commentChange }) }));
  if (comment !== undefined && current !== undefined && existing.comment?.[other]) notes.warning(row.line, said('otherCommentKept', { what, language, other }));
  return { target, year, index: target.action.assessments!.indexOf(existing), status, ...(comment && { comment: { language, text: comment } }) };
}
