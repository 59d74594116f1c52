import type { ActionMatrix, Language } from '../generated/types.js';
import type { ActorMatcher } from './actor-match.js';
import { actorSplitter } from './actor-split.js';
import { idFromText, IdRegistry } from './ids.js';
import { quote, type ImportNotes } from './notes.js';
import type { ImportedMatrix } from './structure.js';
import { said } from './words.js';

/**
 * The action matrix of an imported table: ids for every focus area, goal and action, actor texts
 * split and resolved to the registry's ids, texts in the imported language only.
 */
export function assembleMatrix(imported: ImportedMatrix, language: Language, municipality: string, actors: ActorMatcher, knownActorNames: readonly string[], notes: ImportNotes): ActionMatrix {
  const ids = { focusAreas: new IdRegistry(), goals: new IdRegistry(), actions: new IdRegistry() };
  const text = (value: string) => ({ [language]: value });
  // Cells that name one actor teach the splitter where names start ("Centralen för …").
  const single = imported.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.actions.flatMap((a) => a.actorTexts.map((t) => t.text)))).filter((t) => !/[,;]/.test(t));
  const splitActors = actorSplitter(language, [...knownActorNames, ...single]);
  const split = new Map(
    imported.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.actions)).map((action) => [
      action,
      action.actorTexts.map(({ line, text: actorText }) => {
        const names = splitActors(actorText);
        if (names.length > 1) notes.once('info', line, said('splitActors', { text: quote(actorText, 80), names: names.map((n) => quote(n)) }));
        return { line, names };
      }),
    ]),
  );
  actors.prepare([...split.values()].flat().flatMap(({ line, names }) => names.map((name) => ({ name, line }))));
  return {
    municipalities: [municipality],
    ...(imported.title && { title: text(imported.title) }),
    ...(imported.introduction && { introduction: text(imported.introduction.join('\n\n')) }),
    focusAreas: imported.focusAreas.map((focusArea) => ({
      id: ids.focusAreas.claim(idFromText(focusArea.title, language)),
      title: text(focusArea.title),
      goals: focusArea.goals.map((goal) => ({
        id: ids.goals.claim(idFromText(goal.text, language)),
        text: text(goal.text),
        actions: goal.actions.map((action) => ({
          id: ids.actions.claim(idFromText(action.text, language)),
          text: text(action.text),
          indicators: action.indicators.map((indicator) => ({ text: text(indicator) })),
          actors: [...new Set(split.get(action)!.flatMap(({ line, names }) => names.flatMap((name) => actors.resolve(name, line))))],
        })),
      })),
    })),
  };
}
