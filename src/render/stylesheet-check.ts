import { createRequire } from 'node:module';
import type { CssNode } from 'css-tree';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase, placedAt } from '../core/messages.js';
import type { TemplateFile } from './theme.js';

type CssTree = typeof import('css-tree');
/** The parts of css-tree used here; its lexer and syntax data (most of its load time) are not. */
type CssParts = Pick<CssTree, 'parse' | 'walk' | 'tokenize' | 'tokenTypes' | 'ident' | 'string' | 'url'>;

/** css-tree's parser, walker, tokenizer and decoders, by their own entry points. */
function loadCssTree(): CssParts {
  // CommonJS, by require(): the bundle runs inside vm.Script, which has no loader for import().
  const require = createRequire(import.meta.url);
  const tokenizer = require('css-tree/tokenizer') as CssTree['tokenTypes'] & { tokenize: CssTree['tokenize'] };
  const utils = require('css-tree/utils') as Pick<CssTree, 'ident' | 'string' | 'url'>;
  return { parse: require('css-tree/parser') as CssTree['parse'], walk: require('css-tree/walker') as CssTree['walk'], tokenize: tokenizer.tokenize, tokenTypes: tokenizer, ...utils };
}

/** Functions whose quoted arguments are addresses the browser loads, vendor prefixes aside. */
const fetchingFunctions = new Set(['url', 'src', 'image-set', 'image', 'cross-fade']);

/**
 * A document must open from disk without fetching anything, so a theme's stylesheet may not
 * import another or load an address other than a `data:` URL, and may not end the <style>
 * element it is inlined into. The stylesheet is read as the browser reads it (css-tree's parser
 * and tokenizer, escapes decoded), so `u\72l(…)`, `image-set("…")` and `@\69mport` are seen for
 * what they are; a pattern over the text could not tell.
 */
export async function checkStylesheet(style: TemplateFile): Promise<void> {
  const closing = /<\/style/i.exec(style.source);
  if (closing) refuse(style, '</style', closing.index, 'endsStyle');
  // Loaded here only: a project without stylesheets of its own never pays for the parser.
  const css = loadCssTree();
  const ast = css.parse(style.source, { positions: true, parseCustomProperty: true, onParseError: () => {} });
  css.walk(ast, function (node: CssNode) {
    const at = node.loc?.start.offset ?? 0;
    if (node.type === 'Atrule' && decoded(css, node.name) === 'import') refuse(style, '@import', at);
    if (node.type === 'Url') checkAddress(style, node.value, `url(${node.value})`, at);
    if (node.type === 'String' && this.function && fetchingFunctions.has(decoded(css, this.function.name))) {
      checkAddress(style, node.value, `${this.function.name}("${node.value}")`, at);
    }
    // What the parser could not make sense of (an escaped function name among others) the browser
    // may still read: its tokens are checked one by one.
    if (node.type === 'Raw') checkTokens(css, style, node.value, at);
  });
}

/** The same rules over the tokens of a text the parser left raw, starting at `offset` of the stylesheet. */
function checkTokens(css: CssParts, style: TemplateFile, text: string, offset: number): void {
  const { tokenTypes: T } = css;
  const open: string[] = [];
  css.tokenize(text, (type, start, end) => {
    const token = text.slice(start, end);
    const at = offset + start;
    if (type === T.Function) open.push(decoded(css, token.slice(0, -1)));
    else if (type === T.LeftParenthesis) open.push('');
    else if (type === T.RightParenthesis) open.pop();
    else if (type === T.AtKeyword && decoded(css, token.slice(1)) === 'import') refuse(style, '@import', at);
    else if (type === T.Url) checkAddress(style, css.url.decode(token), token, at);
    else if (type === T.String && open.some((name) => fetchingFunctions.has(name))) checkAddress(style, css.string.decode(token), token, at);
    // A url( written with escapes is a function token to css-tree, but a url to the browser.
    if (type === T.Function && decoded(css, token.slice(0, -1)) === 'url') {
      const rest = text.slice(end, text.indexOf(')', end) < 0 ? undefined : text.indexOf(')', end));
      checkAddress(style, rest.trim().replace(/^["']|["']$/g, ''), `${token}${rest})`, at);
    }
  });
}

/** A function or at-rule name as the browser understands it: escapes decoded, lower case, no vendor prefix. */
function decoded(css: CssParts, name: string): string {
  return css.ident.decode(name).toLowerCase().replace(/^-(webkit|moz|ms|o)-/, '');
}

function checkAddress(style: TemplateFile, address: string, shown: string, offset: number): void {
  if (!/^\s*data:/i.test(address)) refuse(style, shown, offset);
}

const refusals = {
  fetches: phrase<string>(
    (what) => `'${what}' would make the documents fetch a file; inline it as a data: URL instead`,
    (what) => `'${what}' skulle få dokumenten att hämta en fil; bädda in den som en data:-adress i stället`,
    (what) => `'${what}' saisi asiakirjat hakemaan tiedoston; upota se sen sijaan data:-osoitteena`,
  ),
  endsStyle: phrase<string>(
    (what) => `'${what}' would end the <style> element the stylesheet is inlined into`,
    (what) => `'${what}' skulle avsluta <style>-elementet som stilmallen bäddas in i`,
    (what) => `'${what}' päättäisi <style>-elementin, johon tyylitiedosto upotetaan`,
  ),
};

function refuse(style: TemplateFile, what: string, offset: number, why: keyof typeof refusals = 'fetches'): never {
  const before = style.source.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  throw new WelfareError(placedAt(`${style.shown}:${line}:${col}`, inEach(refusals[why], what.trim().slice(0, 80))), ExitCode.invalid, { file: style.shown, line, col });
}
