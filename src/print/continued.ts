import type { Page } from 'puppeteer-core';

/**
 * Row headers that span several rows (`<th rowspan="4" data-continued="forts.">`, a goal beside
 * its actions) are repeated at the top of every page their rows run onto, marked "(forts.)".
 * Chromium repeats a table's header row on every page, but a cell that spans rows only once,
 * leaving the goal column blank on the next page.
 *
 * The page each row lands on is learned like the table of contents' page numbers: from the named
 * destinations of a draft print. Every spanned row gets an id and a hidden link to it (Chromium
 * names a destination only for the target of a link; a hidden link makes no annotation and no
 * tag). Then each such cell spans only the rows on its own page, and a copy of it, with the mark,
 * spans the rows on each following page.
 */

/** The ids of the rows each spanning header covers, in document order. */
export type RowGroups = string[][];

/** Gives the rows of every spanning header an id and a hidden link. */
export function markRowGroups(page: Page): Promise<RowGroups> {
  return page.evaluate(() => {
    const groups: string[][] = [];
    const links = document.createElement('div');
    links.hidden = true;
    let n = 0;
    document.querySelectorAll('th[rowspan][data-continued]').forEach((cell) => {
      const span = Number(cell.getAttribute('rowspan'));
      if (!(span > 1)) return;
      cell.setAttribute('data-rowspan', String(span));
      const ids: string[] = [];
      let row: Element | null = cell.parentElement;
      for (let k = 0; k < span && row; k++, row = row.nextElementSibling) {
        if (!row.id) row.id = `welfare-row-${++n}`;
        ids.push(row.id);
        const link = document.createElement('a');
        link.href = `#${row.id}`;
        links.append(link);
      }
      groups.push(ids);
    });
    if (groups.length) document.body.append(links);
    return groups;
  });
}

/** The rows of each group that start a page: one segment per page, as the page numbers say. */
export function segmentsOf(groups: RowGroups, pageOf: (id: string) => number | undefined): number[][] {
  return groups.map((ids) => ids.map((id, k) => k).filter((k) => k === 0 || pageOf(ids[k]!) !== pageOf(ids[k - 1]!)));
}

/**
 * Splits every spanning header at the rows that start a page (`starts[i]`, from segmentsOf),
 * undoing an earlier split first, so that it can be applied again after a print that moved rows.
 */
export function continueRowGroups(page: Page, groups: RowGroups, starts: number[][]): Promise<void> {
  return page.evaluate(
    (groups, starts) => {
      document.querySelectorAll('[data-continuation]').forEach((copy) => copy.remove());
      const cells = document.querySelectorAll('th[data-rowspan]');
      cells.forEach((node, i) => {
        const cell = node as HTMLTableCellElement;
        const ids = groups[i]!;
        const first = starts[i] ?? [0];
        const rows = ids.map((id) => document.getElementById(id)!);
        const column = Array.prototype.indexOf.call(cell.parentElement!.children, cell) as number;
        const ends = [...first.slice(1), ids.length];
        cell.rowSpan = ends[0]!;
        for (let s = 1; s < first.length; s++) {
          const copy = cell.cloneNode(true) as HTMLTableCellElement;
          copy.removeAttribute('id');
          copy.removeAttribute('data-rowspan');
          copy.removeAttribute('data-continued');
          copy.setAttribute('data-continuation', '');
          copy.rowSpan = ends[s]! - first[s]!;
          const mark = document.createElement('span');
          mark.className = 'continued';
          mark.textContent = ` (${cell.getAttribute('data-continued')})`;
          copy.append(mark);
          const row = rows[first[s]!]!;
          row.insertBefore(copy, row.children[column] ?? null);
        }
      });
    },
    groups,
    starts,
  );
}
