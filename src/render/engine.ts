import { noHyphenation, type Hyphenate } from './hyphenate.js';
import Handlebars from 'handlebars';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, messageLanguages, phrase, type MessageLanguage } from '../core/messages.js';
import { createHelpers, HelperUsageError, misuse, type RenderData } from './helpers.js';
import type { Theme, TemplateFile } from './theme.js';

type Template = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/**
 * Handlebars' own helpers that a theme keeps: the default theme's blocks need these and nothing
 * more. The others go: `log` writes to the terminal, `lookup` reaches properties of any value
 * (helpers.ts has welfare's own), and `unless` is `{{#if}}…{{else}}`.
 */
const builtInsKept = ['if', 'each', 'with'];
const builtInsRemoved = ['log', 'lookup', 'unless'];
/** Handlebars calls these for a block or a helper it does not know; a template must not call them by name. */
const hooks = ['helperMissing', 'blockHelperMissing'];

/** Marks an error that is welfare's own bug, so no template gets the blame for it. */
const internal = Symbol('welfare.internal');
/** A helper's misuse in each language, carried by the Handlebars error made of it. */
const misused = Symbol('welfare.misused');

/** What a theme's author is told, in each language. */
const says = {
  noDocument: phrase<string>((name) => `the theme has no documents/${name}.hbs`, (name) => `temat har ingen documents/${name}.hbs`, (name) => `teemassa ei ole tiedostoa documents/${name}.hbs`),
  eject: phrase(() => "'welfare templates eject' writes the default theme's files", () => "'welfare templates eject' skriver standardtemats filer", () => "'welfare templates eject' kirjoittaa oletusteeman tiedostot"),
  fieldsAndHelpers: phrase(
    () => 'docs/templates.md lists the fields and helpers each template gets',
    () => 'docs/templates.md listar de fält och hjälpfunktioner som varje mall får',
    () => 'docs/templates.md luettelee kentät ja apufunktiot, jotka kukin malli saa',
  ),
  tripleBraces: phrase(
    () => "triple braces {{{ }}} (or {{& }}) would put text from the project's files into the page unescaped, as markup",
    () => 'trippla klammerparenteser {{{ }}} (eller {{& }}) skulle föra in text från projektets filer på sidan okodad, som markup',
    () => 'kolmoisaaltosulkeet {{{ }}} (tai {{& }}) veisivät projektin tiedostojen tekstiä sivulle koodaamattomana, merkintöinä',
  ),
  doubleBraces: phrase(
    () => 'use double braces: {{t text}}, {{md text}} and the other helpers give markup where it is meant',
    () => 'använd dubbla klammerparenteser: {{t text}}, {{md text}} och de andra hjälpfunktionerna ger markup där den är avsedd',
    () => 'käytä kaksoisaaltosulkeita: {{t text}}, {{md text}} ja muut apufunktiot tuottavat merkinnät siellä, missä ne on tarkoitettu',
  ),
  noPartial: phrase<{ name: string; computed?: boolean }>(
    (p) => `there is no partial or layout '${p.name}'${p.computed ? ' (named by a computed {{> (…)}})' : ''}`,
    (p) => `det finns ingen delmall eller layout '${p.name}'${p.computed ? ' (namngiven av ett beräknat {{> (…)}})' : ''}`,
    (p) => `osamallia tai asettelupohjaa '${p.name}' ei ole${p.computed ? ' (laskettu nimi {{> (…)}})' : ''}`,
  ),
  partialsByName: phrase(
    () => 'partials are the files of partials/ and layouts/ by name, e.g. {{> cover}} for partials/cover.hbs',
    () => 'delmallarna är filerna i partials/ och layouts/ efter namn, t.ex. {{> cover}} för partials/cover.hbs',
    () => 'osamallit ovat kansioiden partials/ ja layouts/ tiedostoja nimen mukaan, esim. {{> cover}} tiedostolle partials/cover.hbs',
  ),
  refresh: phrase(
    () => '<meta http-equiv="refresh"> would send the reader of the document elsewhere',
    () => '<meta http-equiv="refresh"> skulle skicka dokumentets läsare någon annanstans',
    () => '<meta http-equiv="refresh"> veisi asiakirjan lukijan muualle',
  ),
  stay: phrase(
    () => 'a document must stay the page it is; link to another page with <a href> instead',
    () => 'ett dokument ska förbli den sida det är; länka till en annan sida med <a href> i stället',
    () => 'asiakirjan on pysyttävä omana sivunaan; linkitä toiselle sivulle <a href> -elementillä',
  ),
  notAField: phrase<string>((name) => `'${name}' is not a field here`, (name) => `'${name}' är inget fält här`, (name) => `'${name}' ei ole kenttä tässä`),
  notAHelper: phrase<string>(
    (name) => `'${name}' is not a helper here; welfare's helpers and Handlebars' if, each and with are`,
    (name) => `'${name}' är ingen hjälpfunktion här; det är welfares hjälpfunktioner och Handlebars if, each och with`,
    (name) => `'${name}' ei ole tässä apufunktio; apufunktioita ovat welfaren omat sekä Handlebarsin if, each ja with`,
  ),
  syntax: phrase(() => 'syntax error', () => 'syntaxfel', () => 'syntaksivirhe'),
};

/** A mistake at a place in a template, said in each language: "templates/x.hbs:3:5: …". */
const at = (file: TemplateFile, line: number | undefined, col: number | undefined, said: Record<MessageLanguage, string>) => {
  const where = `${file.shown}${line ? `:${line}:${col ?? 1}` : ''}`;
  return { en: `${where}: ${said.en}`, sv: `${where}: ${said.sv}`, fi: `${where}: ${said.fi}` };
};

/**
 * The theme compiled into one Handlebars environment. Strict: a field a template names that the
 * view does not have is an error with the template's file and line, not an empty string. Only
 * the helpers of helpers.ts exist (knownHelpersOnly), and the prototype-access restrictions
 * stay on, so a template reaches nothing but the view's own data.
 */
export class RenderEngine {
  private readonly env = Handlebars.create();
  private readonly documents = new Map<string, Template>();

  constructor(theme: Theme, fonts: string, hyphenate: Hyphenate = noHyphenation) {
    const helpers = createHelpers((name) => {
      const style = theme.styles.get(name);
      if (!style) throw new HelperUsageError(inEach(misuse.noStylesheet, name));
      return style.source;
    }, fonts, hyphenate);
    for (const name of builtInsRemoved) this.env.unregisterHelper(name);
    for (const [name, helper] of Object.entries(helpers)) this.env.registerHelper(name, guardHelper(name, helper));
    const known = Object.fromEntries([...builtInsRemoved, ...hooks].map((n) => [n, false]));
    for (const name of [...builtInsKept, ...Object.keys(helpers)]) known[name] = true;
    // preventIndent: Handlebars would otherwise re-indent every line a partial returns to the
    // partial tag's indentation, splitting and joining megabytes of appendix tables.
    const options: CompileOptions = { strict: true, knownHelpersOnly: true, knownHelpers: known, preventIndent: true };
    const partialNames = new Set([...theme.layouts.keys(), ...theme.partials.keys()]);
    for (const file of [...theme.layouts.values(), ...theme.partials.values()]) this.env.registerPartial(file.name, this.compile(file, options, partialNames));
    for (const file of theme.documents.values()) this.documents.set(file.name, this.compile(file, options, partialNames));
  }

  render(document: string, view: unknown, data: RenderData): string {
    const template = this.documents.get(document);
    if (!template) throw new WelfareError(inEach(says.noDocument, document), ExitCode.invalid, { hint: inEach(says.eject) });
    return template(view, { data: { ...data } });
  }

  private compile(file: TemplateFile, options: CompileOptions, partials: Set<string>): Template {
    let ast: hbs.AST.Program;
    try {
      ast = this.env.parse(file.source);
    } catch (cause) {
      throw templateError(file, cause);
    }
    checkPartials(file, ast, partials);
    checkEscaped(file, ast);
    checkStays(file);
    const compiled = this.env.compile(ast, options) as Template;
    return (context, runtime) => {
      try {
        return compiled(context, runtime);
      } catch (cause) {
        throw templateError(file, cause);
      }
    };
  }
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

/** A helper's misuse becomes a Handlebars error at the helper's place in the template. */
function guardHelper(name: string, helper: (...args: unknown[]) => unknown) {
  return function (this: unknown, ...args: unknown[]) {
    try {
      return helper.apply(this, args);
    } catch (cause) {
      if (cause instanceof HelperUsageError) {
        const options = args[args.length - 1] as { loc?: hbs.AST.SourceLocation };
        const said = cause.said;
        const error = new Handlebars.Exception(`{{${name}}}: ${cause.message}`, options.loc ? ({ loc: options.loc } as hbs.AST.Node) : undefined);
        throw Object.assign(error, { [misused]: { en: `{{${name}}}: ${said.en}`, sv: `{{${name}}}: ${said.sv}`, fi: `{{${name}}}: ${said.fi}` } });
      }
      throw Object.assign(cause as object, { [internal]: true });
    }
  };
}

/** A template's own mistake as a WelfareError naming the file and line; welfare's bugs pass through. */
function templateError(file: TemplateFile, cause: unknown): unknown {
  if (cause instanceof WelfareError || (cause && typeof cause === 'object' && internal in cause)) return cause;
  const error = cause as Error & { lineNumber?: number; column?: number; [misused]?: Record<MessageLanguage, string> };
  let line = error.lineNumber;
  let col = error.column === undefined ? undefined : error.column + 1;
  // Parse errors carry the line only in their text: "Parse error on line 3: …".
  const parsed = /on line (\d+)/.exec(error.message ?? '');
  if (line === undefined && parsed) line = Number(parsed[1]);
  const said = error[misused] ?? inHandlebarsWords(error.message ?? String(cause));
  return new WelfareError(at(file, line, col, said), ExitCode.invalid, { file: file.shown, line, col, hint: inEach(says.fieldsAndHelpers), cause });
}

/** Handlebars' own message in each language, where welfare knows it; its parser's detail stays as it wrote it. */
function inHandlebarsWords(message: string): Record<MessageLanguage, string> {
  const text = message.replace(/ - \d+:\d+$/, '');
  const field = /^"([^"]+)" not defined in .*$/s.exec(text);
  const helper = /^You specified knownHelpersOnly, but used the unknown helper (\S+)$/s.exec(text);
  const partial = /^The partial (.*) could not be found$/s.exec(text);
  const syntax = /^Parse error on line \d+:\n/.exec(text);
  if (field) return inEach(says.notAField, field[1]!);
  if (helper) return inEach(says.notAHelper, helper[1]!);
  if (partial) return inEach(says.noPartial, { name: partial[1]!, computed: true });
  const words = syntax ? inEach(says.syntax) : undefined;
  return Object.fromEntries(messageLanguages.map((lang) => [lang, words ? `${words[lang]}:\n${text.slice(syntax![0].length)}` : text])) as Record<MessageLanguage, string>;
}

type AnyNode = hbs.AST.Node & { body?: hbs.AST.Node[]; program?: hbs.AST.Node; inverse?: hbs.AST.Node; name?: hbs.AST.Expression; path?: hbs.AST.PathExpression; params?: hbs.AST.Expression[]; escaped?: boolean };

/** Calls `visit` with every statement of a template, blocks' contents included. */
function walk(node: hbs.AST.Node | null | undefined, visit: (node: AnyNode) => void): void {
  if (!node) return;
  const n = node as AnyNode;
  visit(n);
  n.body?.forEach((child) => walk(child, visit));
  walk(n.program, visit);
  walk(n.inverse, visit);
}

/**
 * `{{{field}}}` and `{{& field}}` would put a text from the YAML files into the page as markup.
 * The helpers already give markup where markup is meant, so a template never needs them.
 */
function checkEscaped(file: TemplateFile, ast: hbs.AST.Program): void {
  walk(ast, (n) => {
    if (n.type !== 'MustacheStatement' || n.escaped !== false) return;
    const line = n.loc.start.line;
    const col = n.loc.start.column + 1;
    throw new WelfareError(at(file, line, col, inEach(says.tripleBraces)), ExitCode.invalid, { file: file.shown, line, col, hint: inEach(says.doubleBraces) });
  });
}

/** Every `{{> name}}` must name a layout or partial of the theme (or an inline partial of the same file). */
function checkPartials(file: TemplateFile, ast: hbs.AST.Program, known: Set<string>): void {
  const inline = new Set<string>();
  const used: { name: string; line: number; col: number }[] = [];
  walk(ast, (n) => {
    if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
      // `{{> cover}}` and `{{> "cover"}}`; a computed name (`{{> (lookup …)}}`) is checked when it runs.
      const name = n.name?.type === 'PathExpression' ? (n.name as hbs.AST.PathExpression).original : n.name?.type === 'StringLiteral' ? (n.name as hbs.AST.StringLiteral).value : undefined;
      if (name !== undefined && !name.startsWith('@')) used.push({ name, line: n.loc.start.line, col: n.loc.start.column + 1 });
    }
    if (n.type === 'DecoratorBlock' && n.path?.original === 'inline' && n.params?.[0]?.type === 'StringLiteral') inline.add((n.params[0] as hbs.AST.StringLiteral).value);
  });
  const missing = used.find((u) => !known.has(u.name) && !inline.has(u.name));
  if (missing) {
    const { line, col, name } = missing;
    throw new WelfareError(at(file, line, col, inEach(says.noPartial, { name })), ExitCode.invalid, { file: file.shown, line, col, hint: inEach(says.partialsByName) });
  }
}

/**
 * A document must stay the page it is: `<meta http-equiv="refresh">` would send a reader of the
 * HTML elsewhere (and the printer refuses the move). It is the one way markup moves a page with
 * scripts off, so a template may not carry it.
 */
function checkStays(file: TemplateFile): void {
  const refresh = /<meta\b[^>]*?\bhttp-equiv\s*=\s*["']?\s*refresh\b/i.exec(file.source);
  if (!refresh) return;
  const before = file.source.slice(0, refresh.index);
  const line = before.split('\n').length;
  const col = refresh.index - before.lastIndexOf('\n');
  throw new WelfareError(at(file, line, col, inEach(says.refresh)), ExitCode.invalid, { file: file.shown, line, col, hint: inEach(says.stay) });
}
