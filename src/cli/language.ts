import { messageLanguageFrom, type MessageLanguage } from '../core/messages.js';

/**
 * The language of every line this run prints. It is chosen from the flag, WELFARE_LANG and the
 * locale at the start, and again once a command knows its project (whose first language comes
 * next), so that an error said before or after that speaks the same language as the rest.
 */
let chosen: MessageLanguage = messageLanguageFrom(undefined);

export const saidIn = (): MessageLanguage => chosen;

export function sayIn(lang: MessageLanguage): MessageLanguage {
  chosen = lang;
  return lang;
}
