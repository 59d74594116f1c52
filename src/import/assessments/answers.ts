import { languageNames } from '../../core/messages.js';
import type { Project } from '../../core/model.js';
import { assessmentOf, periodOf } from '../../export/actions.js';
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
        if (row.comment) notes.warning(row.line, `a comment but no status: not imported; choose a status in the ${headers.status[language]} column for the comment to be read`);
        else notes.info(row.line, said('noStatus'));
        continue;
      }
      const status = statusOfWord(row.status);
      if (!status) notes.error(row.line, `'${row.status}' is not a status; use one of: ${statusWords(language).join(', ')}`);
      const target = targetOf(row, table, targets);
      if (typeof target === 'string') notes.error(row.line, target);
      const year = yearOf(row, table, formYear, typeof target === 'string' ? undefined : target, project);
      if (!status || typeof target === 'string' || year === undefined) continue;

      const municipality = row.municipality.toLowerCase();
      const key = `${municipality}/${target.action.id}/${year}`;
      const first = firstRow.get(key);
      if (first) {
        // Which of the two is right is the planner's call: neither is read.
        const where = first.table === table ? `row ${first.line}` : `${first.table.label}:${first.line}`;
        notes.error(row.line, `a second row for the action '${target.action.id}' of ${municipality} in ${year} (the first is ${where}); keep one of them`);
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
function targetOf(row: FormRow, table: FormTable, targets: ActionTargets): Target | string {
  if (!row.id) return `a status but no action id in the ${headers.id[table.language]} column`;
  if (!row.municipality) return `a status but no municipality in the ${headers.municipality[table.language]} column`;
  // Ids are lower case; a spreadsheet may have capitalised the first letter.
  return targets.find(row.id.toLowerCase(), row.municipality.toLowerCase());
}

/** The row's year: its own, or --year for an empty cell; a year the matrix can hold assessments for. */
function yearOf(row: FormRow, table: FormTable, formYear: number | undefined, target: Target | undefined, project: Project): number | undefined {
  const column = headers.year[table.language];
  const error = (message: string) => void table.notes.error(row.line, message);
  if (row.year && !/^\d{4}$/.test(row.year)) return error(`'${row.year}' in the ${column} column is not a year`);
  const year = row.year ? Number(row.year) : formYear;
  if (year === undefined) return error(`no year in the ${column} column; give the form's year with --year`);
  if (formYear !== undefined && year !== formYear) return error(`the row is for ${year}, not ${formYear} (--year)`);
  if (!target) return year;
  const { start, end } = periodOf(target.entry, project);
  if (year < start || year > end) return error(`${year} is outside the plan period ${start}–${end} of ${target.entry.municipality.id}'s matrix`);
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
  const [own, others] = [languageNames[language].en, languageNames[other].en];
  const existing = assessmentOf(target.action, municipality, year);
  const current = existing?.comment?.[language];
  const fallback = current === undefined ? existing?.comment?.[other] : undefined;
  let comment: string | undefined;
  if (!row.comment) {
    if (current) notes.info(row.line, `the ${headers.comment[language]} cell is empty: the ${own} comment in the matrix is kept`);
  } else if (row.comment === current?.trim()) {
    // The same comment, sent back.
  } else if (row.comment === fallback?.trim()) {
    notes.info(row.line, `the comment is the matrix's ${others} one, shown for want of a ${own} one: not copied into the ${own} comment`);
  } else comment = row.comment;

  const what = `'${target.action.id}' (${municipality}) ${year}`;
  if (!existing) {
    notes.info(row.line, `${what}: new assessment, ${status}${comment ? `, with a ${own} comment` : ''}`);
    return { target, year, status, ...(target.carriers.length > 1 && { municipality }), ...(comment && { comment: { language, text: comment } }) };
  }
  if (existing.status === status && comment === undefined) return undefined;
  const changes = [existing.status !== status && `${existing.status} → ${status}`, comment !== undefined && `${own} comment ${current === undefined ? 'added' : 'changed'}`].filter(Boolean);
  notes.info(row.line, `${what}: ${changes.join(', ')}`);
  if (comment !== undefined && current !== undefined && existing.comment?.[other]) {
    notes.warning(row.line, `${what}: the ${others} comment is kept as it was; check that it still says what the new ${own} one says`);
  }
  return { target, year, index: target.action.assessments!.indexOf(existing), status, ...(comment && { comment: { language, text: comment } }) };
}
