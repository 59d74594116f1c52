import { resolve } from 'node:path';
import type { Project } from '../../core/model.js';
import type { SourceFile } from '../../core/source.js';
import { writeFileAtomic } from '../../core/write.js';
import { matrix as validMatrix } from '../../generated/validators.js';
import { ImportNotes, type ImportNote } from '../notes.js';
import { readAnswers, type AssessmentChange, type Answers } from './answers.js';
import { readForm, type FormTable } from './form.js';
import { matrixText } from './matrix-text.js';
import { ActionTargets } from './targets.js';
import { said } from '../words.js';
import type { Said } from '../../core/errors.js';

export interface AssessmentImportOptions {
  /** The filled-in status form (CSV or XLSX), as the user named it. */
  form: string;
  /** The year the form is for: a row of another year is an error, an empty year cell is this year. */
  year?: number;
  /** Write the rows that are right even when other rows have errors. */
  force?: boolean;
  cwd?: string;
}

/** A matrix file the form changes, and its new text. */
export interface ChangedMatrix {
  path: string;
  shown: string;
  text: string;
  added: number;
  changed: number;
}

export interface AssessmentImportResult {
  form: string;
  /** Notes about the file as a whole, such as a worksheet that is not a form. */
  notes: ImportNote[];
  tables: FormTable[];
  answers: Omit<Answers, 'changes'>;
  /** What to write; empty when nothing changes, or when errors keep the import from writing. */
  matrices: ChangedMatrix[];
  summary: Said;
}

/**
 * Reads a filled-in yearly status form back into the project's matrices: each row sets the
 * assessment of its action, municipality and year. Nothing is written here (`writeAssessments`
 * does that), and nothing is planned when a row has an error, unless `force` says to leave such
 * rows out.
 */
export async function importAssessments(project: Project, options: AssessmentImportOptions): Promise<AssessmentImportResult> {
  const fileNotes = new ImportNotes();
  const tables = await readForm(resolve(options.cwd ?? process.cwd(), options.form), options.form, fileNotes);
  const { changes, ...answers } = readAnswers(tables, new ActionTargets(project), project, options.year);
  const matrices = answers.errors === 0 || options.force ? changedMatrices(changes) : [];
  return { form: options.form, notes: fileNotes.list, tables, answers, matrices, summary: summaryOf(answers, options.force === true) };
}

export async function writeAssessments(result: AssessmentImportResult): Promise<void> {
  for (const matrix of result.matrices) await writeFileAtomic(matrix.path, matrix.text);
}

/** Each matrix file with its changes applied, in the layout it was written in. */
function changedMatrices(changes: AssessmentChange[]): ChangedMatrix[] {
  const byFile = new Map<SourceFile, AssessmentChange[]>();
  for (const change of changes) {
    const file = change.target.entry.file;
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(change);
  }
  return [...byFile].map(([file, fileChanges]) => {
    const { text, data } = matrixText(file, fileChanges);
    // What is written must still pass `welfare validate`'s schema check; if not, that is a bug here.
    if (!validMatrix(data)) throw new Error(`the matrix ${file.path} with the form's assessments is not valid: ${JSON.stringify(validMatrix.errors?.[0])}`);
    const added = fileChanges.filter((c) => c.index === undefined).length;
    return { path: file.absolutePath, shown: file.path, text, added, changed: fileChanges.length - added };
  });
}

function summaryOf(answers: Omit<Answers, 'changes'>, force: boolean): Said {
  const counts = said('assessmentsSummary', answers);
  if (answers.errors === 0) return counts;
  if (!force) return said('nothingWritten', answers.errors);
  const leftOut = said('rowsLeftOut', answers.errors);
  return { en: `${counts.en}; ${leftOut.en}`, sv: `${counts.sv}; ${leftOut.sv}`, fi: `${counts.fi}; ${leftOut.fi}` };
}
