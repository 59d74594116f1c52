import type { Text } from '../../generated/types.js';
import type { Project } from '../../core/model.js';
import { labels } from '../labels.js';
import { joinText } from './compose.js';
import { documentBase, scopeName, sectionIdsOf, sectionOf, type Chapter, type DocumentView } from './document.js';
import { indicatorViews, type IndicatorView } from './indicators.js';
import { matrixTable, type MatrixTable } from './matrix.js';
import type { ProjectNames } from './project-names.js';
import type { Scope } from './scope.js';

export interface NarrativeChapter extends Chapter { body: Text }
export interface BackgroundChapter extends Chapter { body: Text | null }
export interface ResidentsChapter extends Chapter { body: Text | null; indicators: IndicatorView[] }
export interface PlanChapter extends Chapter {
  body: Text | null;
  focusAreas: { anchor: string; position: number; title: Text; href: string; goals: { text: Text; actionCount: number }[] }[];
}
export interface AppendicesChapter extends Chapter { appendices: { anchor: string; title: Text; introduction: Text | null; table: MatrixTable }[] }
export type ReportChapter = NarrativeChapter | BackgroundChapter | ResidentsChapter | PlanChapter | AppendicesChapter;

/** The report's standard sections in THL's order; other content sections follow the strengths. */
const standardSections = ['summary', 'background', 'residents', 'strengths', 'plan'] as const;

/**
 * The welfare report of a scope: summary, background, residents' welfare with indicator trends,
 * strengths, the plan, and the action matrices as appendices.
 */
export function reportView(project: Project, scope: Scope, names: ProjectNames): DocumentView<ReportChapter> {
  const chapters: ReportChapter[] = [];
  const narrative = (id: string, anchor: string, title: Text) => {
    const section = sectionOf(project, scope, id, title);
    if (section) chapters.push({ id: anchor, partial: 'narrative', title: section.title, toc: [], body: section.body });
  };
  narrative('summary', 'summary', labels.summary);

  const background = sectionOf(project, scope, 'background', labels.background);
  chapters.push({ id: 'background', partial: 'background', title: background?.title ?? labels.background, toc: [], body: background?.body ?? null });

  const residents = sectionOf(project, scope, 'residents', labels.residents);
  const indicators = indicatorViews(project, scope, { anchorPrefix: 'indicator-' });
  chapters.push({
    id: 'residents',
    partial: 'residents',
    title: residents?.title ?? labels.residents,
    toc: indicators.map((i) => ({ id: i.anchor, title: i.name })),
    body: residents?.body ?? null,
    indicators,
  });

  narrative('strengths', 'strengths', labels.strengths);
  for (const id of sectionIdsOf(project, scope)) {
    if (!(standardSections as readonly string[]).includes(id) && !id.startsWith('overview-')) narrative(id, `section-${id}`, { sv: id, fi: id });
  }

  const shown = new Set(indicators.map((i) => i.id));
  const appendices = scope.appendices.map(({ municipality, matrix }, i) => {
    const anchor = `appendix-${i + 1}`;
    return {
      anchor,
      title: joinText(labels.appendix, ` ${i + 1}. `, municipality ? joinText(labels.matrix, ' – ', municipality.name) : labels.jointMatrix),
      // The joint matrix's introduction is its municipalities' introductions joined, and those
      // are printed with their own appendices already.
      introduction: municipality || scope.appendices.length === 1 ? (matrix.introduction ?? null) : null,
      table: matrixTable(matrix, names, { anchor, municipality, indicatorHref: (id) => (shown.has(id) ? `#indicator-${id}` : null) }),
    };
  });
  // The plan chapter lists the scope's focus areas and goals; its actions, and the matrix's
  // introduction, are in the last appendix.
  const own = appendices[appendices.length - 1]!;
  const plan = sectionOf(project, scope, 'plan', labels.plan);
  chapters.push({
    id: 'plan',
    partial: 'plan',
    title: plan?.title ?? labels.plan,
    toc: scope.matrix.focusAreas.map((fa) => ({ id: `plan-${fa.id}`, title: fa.title })),
    body: plan?.body ?? null,
    focusAreas: scope.matrix.focusAreas.map((fa, i) => ({
      anchor: `plan-${fa.id}`,
      position: i + 1,
      title: fa.title,
      href: `#${own.anchor}-${fa.id}`,
      goals: fa.goals.map((goal) => ({ text: goal.text, actionCount: goal.actions.length })),
    })),
  });
  chapters.push({ id: 'appendices', partial: 'appendices', title: labels.appendices, toc: appendices.map((a) => ({ id: a.anchor, title: a.title })), appendices });

  return {
    document: 'report',
    title: joinText(project.config.title, ' – ', scopeName(scope)),
    subtitle: joinText(labels.report, ' ', `${project.config.period.start}–${project.config.period.end}`),
    ...documentBase(project, scope),
    chapters,
  };
}
