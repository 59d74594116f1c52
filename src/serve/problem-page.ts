import type { MessageLanguage } from '../core/messages.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { visible } from '../core/visible.js';
import { severity } from '../diagnostics/text.js';
import { escapeHtml } from '../render/html.js';

/** What stopped the last build, as the terminal showed it. */
export interface Problems {
  /** Validation and merge findings, each at its place in a file. */
  diagnostics: Diagnostic[];
  /** The summary line under them, as `welfare validate` prints it. */
  summary?: string;
  /** An error that stopped the build other than a finding (a template, the output folder, the browser). */
  message?: string;
}

const words = {
  en: {
    invalid: 'The documents were not built: the project has errors',
    stopped: 'The build stopped',
    fix: 'Fix the files and save them: this page reloads by itself.',
    lastGood: 'Show the last good build',
    banner: 'This is the last good build: the project has errors now.',
    show: 'Show the errors',
    notFound: 'Not found',
    nothingHere: 'Not found: nothing in the output folder has this name (yet).',
  },
  sv: {
    invalid: 'Dokumenten byggdes inte: projektet har fel',
    stopped: 'Bygget avbröts',
    fix: 'Rätta filerna och spara dem: sidan laddas om av sig själv.',
    lastGood: 'Visa det senaste lyckade bygget',
    banner: 'Detta är det senaste lyckade bygget: projektet har fel nu.',
    show: 'Visa felen',
    notFound: 'Hittades inte',
    nothingHere: 'Hittades inte: ingenting i utmappen har det här namnet (ännu).',
  },
  fi: {
    invalid: 'Asiakirjoja ei koottu: projektissa on virheitä',
    stopped: 'Kokoaminen keskeytyi',
    fix: 'Korjaa tiedostot ja tallenna ne: sivu latautuu uudelleen itsestään.',
    lastGood: 'Näytä viimeisin onnistunut koonti',
    banner: 'Tämä on viimeisin onnistunut koonti: projektissa on nyt virheitä.',
    show: 'Näytä virheet',
    notFound: 'Ei löytynyt',
    nothingHere: 'Ei löytynyt: tulostekansiossa ei ole (vielä) tämännimistä tiedostoa.',
  },
} satisfies Record<MessageLanguage, Record<string, string>>;

const style = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1a1a1a}
main{max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.4rem;color:#a50e0e;border-bottom:3px solid #a50e0e;padding-bottom:.4rem}
ul{list-style:none;padding:0}li{padding:.5rem 0;border-bottom:1px solid #ddd}
code{font-weight:bold}.error{color:#a50e0e;font-weight:bold}.warning{color:#7a5200;font-weight:bold}.rule{color:#555}
pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}`;

/** What the user's files say, as the terminal shows it: markup and hidden characters as text. */
const text = (s: string) => escapeHtml(visible(s));

/** The page `serve` shows for a name the output folder does not have (yet). */
export function notFoundPage(lang: MessageLanguage): string {
  const w = words[lang];
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(w.notFound)}</title></head><body><p>${escapeHtml(w.nothingHere)}</p></body></html>\n`;
}

/** The page `serve` shows in place of a document while the project does not build. */
export function problemPage(problems: Problems, lang: MessageLanguage, lastGoodLink: string | undefined): string {
  const w = words[lang];
  const items = problems.diagnostics.map(
    (d) => `<li><code>${text(`${d.file}:${d.line}:${d.col}`)}</code>  <span class="${d.severity}">${severity[d.severity][lang]}</span>  ${text(d.message)}  <span class="rule">(${text(d.rule)})</span></li>`,
  );
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>welfare: ${escapeHtml(problems.message ? w.stopped : w.invalid)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${escapeHtml(problems.message ? w.stopped : w.invalid)}</h1>
${items.length ? `<ul>\n${items.join('\n')}\n</ul>` : ''}
${problems.summary ? `<p>${escapeHtml(problems.summary)}</p>` : ''}
${problems.message ? `<pre>${text(problems.message)}</pre>` : ''}
<p>${escapeHtml(w.fix)}</p>
${lastGoodLink ? `<p><a href="${escapeHtml(lastGoodLink)}">${escapeHtml(w.lastGood)}</a></p>` : ''}
</main>
</body>
</html>
`;
}

/** A bar over the last good build of a document, for as long as the project does not build. */
export function staleBanner(lang: MessageLanguage, problemsLink: string): string {
  const w = words[lang];
  return `<div role="alert" style="position:fixed;top:0;left:0;right:0;z-index:2147483647;background:#a50e0e;color:#fff;font:16px/1.4 system-ui,sans-serif;padding:.5rem 1rem">${escapeHtml(w.banner)} <a style="color:#fff" href="${escapeHtml(problemsLink)}">${escapeHtml(w.show)}</a></div>`;
}
