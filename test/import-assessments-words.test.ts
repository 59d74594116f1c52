import { describe, expect, it } from 'vitest';
import { statusOfWord, statusWords } from '../src/import/assessments/status-words.js';

describe('the status words a form is read with', () => {
  it('reads the Swedish and Finnish words and their variants in any case, and the canonical ids', () => {
    const words: [string, string][] = [
      ['Uppnått', 'achieved'], ['genomfört', 'achieved'], ['uppnått / genomfört', 'achieved'], ['Uppnått/Genomfört', 'achieved'], ['GENOMFÖRT', 'achieved'], ['toteutunut', 'achieved'], ['achieved', 'achieved'],
      ['delvis uppnått', 'partly'], ['Osittain  toteutunut', 'partly'], ['Partly', 'partly'],
      ['pågår', 'ongoing'], ['KÄYNNISSÄ', 'ongoing'], ['ongoing', 'ongoing'],
      ['inte påbörjat', 'not-started'], ['Ei aloitettu', 'not-started'], ['not-started', 'not-started'],
      ['Inte uppnått', 'not-achieved'], ['ei toteutunut', 'not-achieved'], ['not-achieved', 'not-achieved'],
      ['stryks', 'dropped'], ['Poistettu', 'dropped'], [' dropped ', 'dropped'],
      // Decomposed å, as some Mac programs write it.
      ['Pa\u030agår', 'ongoing'],
    ];
    expect(words.map(([word]) => [word, statusOfWord(word)])).toEqual(words);
  });

  it('reads no other word, and lists the words of the form in its language', () => {
    for (const word of ['Klar', 'done', 'Uppnått/Inte uppnått', 'not started', '']) expect(statusOfWord(word)).toBeUndefined();
    expect(statusWords('sv')).toEqual(['Uppnått', 'Delvis uppnått', 'Pågår', 'Inte påbörjat', 'Inte uppnått', 'Stryks']);
    expect(statusWords('fi')).toEqual(['Toteutunut', 'Osittain toteutunut', 'Käynnissä', 'Ei aloitettu', 'Ei toteutunut', 'Poistettu']);
  });
});
