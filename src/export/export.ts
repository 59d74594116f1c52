import { join } from 'node:path';
import { ExitCode, WelfareError } from '../core/errors.js';
import { didYouMean, inEach, phrase } from '../core/messages.js';
import type { Project } from '../core/model.js';
import { exists } from '../core/project.js';
import { slugify } from '../core/slug.js';
import { suggest } from '../core/suggest.js';
import { existsAlready, writeFileAtomic } from '../core/write.js';
import type { Language } from '../generated/types.js';
import { outsidePeriod, periodOf } from './actions.js';
import { csvText } from './csv.js';
import { formSheets } from './form-sheet.js';
import { matrixSheets } from './matrix-sheet.js';
import { formTitle, inLanguage, matrixTitle } from './words.js';
import { xlsxBytes } from './xlsx.js';

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** The language of texts and headers; default the project's first. */
  lang?: Language;
  /** Only this municipality's matrix; default every municipality's. */
  municipality?: string;
  /** The status form of this year instead of the matrix. */
  form?: number;
  /** Where to write (absolute); default the project's out folder. */
  output?: string;
  /** Overwrite an existing file. */
  force?: boolean;
  /** Give the spreadsheet's bytes back instead of writing a file (`-o -`). */
  toStdout?: boolean;
}

export interface ExportResult {
  /** The file written; absent when the bytes are given back. */
  path?: string;
  data?: string | Uint8Array;
  sheets: { name: string; rows: number }[];
}

const says = {
  notMunicipality: phrase<{ id: string; ids: string[] }>(
    (p) => `--municipality '${p.id}' is not a municipality of this project (${p.ids.join(', ')})`,
    (p) => `--municipality '${p.id}' är ingen kommun i detta projekt (${p.ids.join(', ')})`,
    (p) => `--municipality '${p.id}' ei ole tämän projektin kunta (${p.ids.join(', ')})`,
  ),
  chooseYear: phrase<boolean>(
    (several) => (several ? 'choose a year of the period, or one municipality with --municipality' : 'choose a year of the plan period'),
    (several) => (several ? 'välj ett år inom perioden, eller en kommun med --municipality' : 'välj ett år inom planperioden'),
    (several) => (several ? 'valitse vuosi kauden sisältä tai yksi kunta valitsimella --municipality' : 'valitse vuosi suunnitelmakauden sisältä'),
  ),
};

/** Writes the matrix, or a year's status form, as a spreadsheet. */
export async function exportSpreadsheet(project: Project, options: ExportOptions): Promise<ExportResult> {
  const lang = options.lang ?? project.config.languages[0] ?? 'sv';
  const matrices = options.municipality ? [municipalityMatrix(project, options.municipality)] : project.matrices;
  if (options.form !== undefined) checkFormYear(project, matrices, options.form);
  const sheets = options.form === undefined ? matrixSheets(project, matrices, lang) : formSheets(project, matrices, lang, options.form);

  const title = options.form === undefined ? matrixTitle[lang] : `${formTitle[lang]} ${options.form}`;
  const name = [slugify(title), options.municipality].filter(Boolean).join('-');
  const path = options.output ?? join(project.layout.out, `${name}.${options.format}`);
  if (!options.toStdout && !options.force && (await exists(path))) {
    // A filled-in form saved back under its old name is the one copy of everyone's answers.
    throw existsAlready(path, { anotherFile: true });
  }
  const data =
    options.format === 'csv'
      ? csvText(sheets)
      : await xlsxBytes(sheets, { title: `${title}: ${matrices.map((m) => inLanguage(m.municipality.name, lang)).join(', ')}`, lang, date: project.config.date ? new Date(project.config.date) : undefined });
  const contents = sheets.map((s) => ({ name: s.name, rows: s.rows.length }));
  if (options.toStdout) return { data, sheets: contents };
  await writeFileAtomic(path, data);
  return { path, sheets: contents };
}

function municipalityMatrix(project: Project, id: string) {
  const found = project.matrices.find((m) => m.municipality.id === id);
  if (found) return found;
  const ids = project.matrices.map((m) => m.municipality.id);
  const guess = suggest(id, ids);
  throw new WelfareError(inEach(says.notMunicipality, { id, ids }), ExitCode.environment, guess ? { hint: inEach(didYouMean, guess) } : {});
}

/** Assessments outside the plan period are invalid, so a form for such a year could never be read back. */
function checkFormYear(project: Project, matrices: Project['matrices'], year: number): void {
  for (const entry of matrices) {
    const { start, end } = periodOf(entry, project);
    if (year < start || year > end) {
      throw new WelfareError(inEach(outsidePeriod, { year: `--form ${year}`, start, end, municipality: entry.municipality.id }), ExitCode.environment, { hint: inEach(says.chooseYear, matrices.length > 1) });
    }
  }
}
