import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiveProgress } from '../src/cli/progress-live.js';
import { PlainProgress } from '../src/cli/progress-plain.js';
import type { BuildProgress, BuiltDocument } from '../src/render/build.js';
import { fileFor } from '../src/serve/files.js';
import { problemPage } from '../src/serve/problem-page.js';
import { withReload } from '../src/serve/reload.js';
import { BuildScheduler } from '../src/serve/schedule.js';
import { tempDir } from './helpers/cli.js';

describe('fileFor: only files under the output folder', () => {
  const project = tempDir();
  const out = join(project, 'dist');
  mkdirSync(join(out, 'joint'), { recursive: true });
  writeFileSync(join(out, 'index.html'), 'index');
  writeFileSync(join(out, 'joint', 'report.sv.html'), 'report');
  writeFileSync(join(out, 'joint', '.report.sv.html.123.tmp'), 'half-written');
  writeFileSync(join(project, 'secret.yaml'), 'secret');
  symlinkSync(join(project, 'secret.yaml'), join(out, 'linked.yaml'));

  it('finds the files, and index.html for a folder', async () => {
    expect(await fileFor(out, '/joint/report.sv.html')).toBe(join(out, 'joint', 'report.sv.html'));
    expect(await fileFor(out, '/')).toBe(join(out, 'index.html'));
    expect(await fileFor(out, '/joint/report%2Esv.html')).toBe(join(out, 'joint', 'report.sv.html'));
  });

  it.each([
    '/../secret.yaml',
    '/joint/../../secret.yaml',
    '/%2e%2e/secret.yaml',
    '/..%2fsecret.yaml',
    '/joint/..%2f..%2fsecret.yaml',
    '/..%5csecret.yaml',
    '/%2fsecret.yaml/..',
    `/${encodeURIComponent(join(project, 'secret.yaml'))}`,
    '/linked.yaml',
    '/joint/.report.sv.html.123.tmp',
    '/index.html%00.pdf',
    '/%E0%A4%A',
    '/joint/', // a folder without an index
    '/missing.html',
  ])('finds nothing at %s', async (path) => {
    expect(await fileFor(out, path)).toBeUndefined();
  });
});

describe('the reload script', () => {
  it('goes in before </body>, or at the end of a page without one', () => {
    const page = withReload('<html><body><p>x</p></body></html>', '<div>bar</div>');
    expect(page).toMatch(/<p>x<\/p><div>bar<\/div><script>new EventSource\("\/__welfare\/events"\)[^<]*<\/script>\n<\/body><\/html>$/);
    expect(withReload('<p>x</p>')).toMatch(/^<p>x<\/p><script>/);
  });
});

describe('the problem page', () => {
  it('lists each finding as file:line:col, severity, message and rule, escaped', () => {
    const page = problemPage(
      { diagnostics: [{ file: 'matrices/lovisa.yaml', line: 23, col: 22, severity: 'error', message: "names the actor '<x>'", rule: 'unknown-actor' }], summary: '1 file checked: 1 error, 0 warnings' },
      'en',
      '/joint/report.sv.html?last-good',
    );
    expect(page).toContain('<code>matrices/lovisa.yaml:23:22</code>  <span class="error">error</span>  names the actor &#39;&lt;x&gt;&#39;  <span class="rule">(unknown-actor)</span>');
    expect(page).toContain('<p>1 file checked: 1 error, 0 warnings</p>');
    expect(page).toContain('<a href="/joint/report.sv.html?last-good">');
    expect(page).not.toContain('<script');
  });

  it('speaks the language of the messages, and offers no last good build when there is none', () => {
    const page = problemPage({ diagnostics: [], message: 'cannot write dist/index.html: permission denied' }, 'sv', undefined);
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(page).toContain('<h1>Bygget avbröts</h1>');
    expect(page).toContain('<pre>cannot write dist/index.html: permission denied</pre>');
    expect(page).not.toContain('last-good');
  });
});

describe('BuildScheduler', () => {
  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

  it('builds once for a burst of changes, after it has settled', async () => {
    const builds: string[][] = [];
    const scheduler = new BuildScheduler(async (changes) => void builds.push(changes), 30);
    scheduler.request('a.yaml');
    await sleep(10);
    scheduler.request('b.yaml');
    scheduler.request('a.yaml');
    await sleep(10);
    expect(builds).toEqual([]);
    await sleep(60);
    expect(builds).toEqual([['a.yaml', 'b.yaml']]);
    await scheduler.stop();
  });

  it('never builds twice at once: changes during a build make exactly one more build', async () => {
    const builds: string[][] = [];
    let running = 0;
    let most = 0;
    const scheduler = new BuildScheduler(async (changes) => {
      builds.push(changes);
      most = Math.max(most, ++running);
      await sleep(80);
      running--;
    }, 5);
    scheduler.request();
    await sleep(20); // the first build is under way
    for (const path of ['a.yaml', 'b.yaml', 'c.yaml']) {
      scheduler.request(path);
      await sleep(10);
    }
    await sleep(250);
    expect(builds).toEqual([[], ['a.yaml', 'b.yaml', 'c.yaml']]);
    expect(most).toBe(1);
    await scheduler.stop();
  });

  it('stops: waits for the build under way and starts no other', async () => {
    let finished = 0;
    const scheduler = new BuildScheduler(async () => {
      await sleep(40);
      finished++;
    }, 5);
    scheduler.request();
    await sleep(15);
    scheduler.request('a.yaml');
    await scheduler.stop();
    expect(finished).toBe(1);
    scheduler.request('b.yaml');
    await sleep(60);
    expect(finished).toBe(1);
  });
});

/** A terminal that keeps what is written to it. */
class FakeTerminal {
  text = '';
  columns = 60;
  write(text: string) {
    this.text += text;
    return true;
  }
}

const document = (htmlPath: string): BuiltDocument => ({ scope: 'joint', document: 'report', edition: 'sv', htmlPath, fallbacks: [] });
const events: BuildProgress[] = [
  { stage: 'html', document: document('dist/joint/report.sv.html'), ms: 42.4 },
  { stage: 'index', path: 'dist/index.html' },
  { stage: 'pdf', state: 'start', pdfPath: 'dist/joint/report.sv.pdf' },
  { stage: 'pdf', state: 'start', pdfPath: 'dist/joint/report.fi.pdf' },
  { stage: 'pdf', state: 'done', pdfPath: 'dist/joint/report.fi.pdf' },
  { stage: 'pdf', state: 'done', pdfPath: 'dist/joint/report.sv.pdf' },
];
const ansi = /\x1b\[[0-9;]*[A-Za-z]/;

describe('LiveProgress', () => {
  /** Plays the events with the clock moving 600 ms between each. */
  function play(options: { color: boolean; keepFinished: boolean }, terminal = new FakeTerminal()) {
    let now = 0;
    const view = new LiveProgress(terminal, { ...options, shown: (p) => p, now: () => now });
    for (const event of events) {
      view.show(event);
      now += 600;
    }
    view.finish();
    return terminal.text;
  }

  it('draws the documents in print over again in place, and a line for each finished one', () => {
    expect(play({ color: false, keepFinished: true })).toBe(
      [
        '  ✓ dist/joint/report.sv.html  42 ms\n',
        '  ✓ dist/index.html\n',
        '  ◐ dist/joint/report.sv.pdf  printing…\n',
        '\x1b[1A\x1b[J',
        '  ◐ dist/joint/report.sv.pdf  printing…\n',
        '  ◐ dist/joint/report.fi.pdf  printing…\n',
        '\x1b[2A\x1b[J',
        '  ✓ dist/joint/report.fi.pdf  600 ms\n',
        '  ◐ dist/joint/report.sv.pdf  printing… 1.2 s\n',
        '\x1b[1A\x1b[J',
        '  ✓ dist/joint/report.sv.pdf  1.8 s\n',
      ].join(''),
    );
  });

  it('colours the marks only when asked (NO_COLOR)', () => {
    const coloured = play({ color: true, keepFinished: true });
    expect(coloured).toContain('\x1b[32m✓\x1b[39m');
    expect(coloured).toContain('\x1b[36m◐\x1b[39m');
    expect(play({ color: false, keepFinished: true })).not.toMatch(/\x1b\[\d+m/);
  });

  it('keeps no finished lines for watch: what was in print is erased at the end', () => {
    const text = play({ color: false, keepFinished: false });
    expect(text).not.toContain('✓');
    expect(text.endsWith('\x1b[1A\x1b[J')).toBe(true);
  });

  it('erases the lines still in print when the build ends early, so an error prints clean', () => {
    const terminal = new FakeTerminal();
    const view = new LiveProgress(terminal, { color: false, keepFinished: true, shown: (p) => p, now: () => 0 });
    view.show(events[2]!);
    view.show(events[3]!);
    view.finish();
    expect(terminal.text.endsWith('\x1b[2A\x1b[J')).toBe(true);
  });

  it('never draws a line wider than the terminal, which would wrap and spoil the drawing over it', () => {
    const terminal = new FakeTerminal();
    terminal.columns = 30;
    const view = new LiveProgress(terminal, { color: true, keepFinished: true, shown: (p) => p, now: () => 0 });
    view.show({ stage: 'pdf', state: 'start', pdfPath: 'dist/a-very-long-municipality-name/overview.sv-fi.pdf' });
    view.finish();
    const line = terminal.text.split('\n')[0]!.replace(new RegExp(ansi.source, 'g'), '');
    expect([...line].length).toBeLessThan(30);
    expect(line).toMatch(/^ {2}◐ …\S+\.pdf {2}printing…$/);
  });
});

describe('PlainProgress', () => {
  it('writes one plain line per file written, without colour or cursor movement', () => {
    const terminal = new FakeTerminal();
    const view = new PlainProgress(terminal, (p) => p);
    for (const event of events) view.show(event);
    view.finish();
    expect(terminal.text).not.toMatch(ansi);
    expect(terminal.text).toMatch(/^wrote dist\/joint\/report\.sv\.html \(42 ms\)\nwrote dist\/index\.html\nwrote dist\/joint\/report\.fi\.pdf \(\d+ ms\)\nwrote dist\/joint\/report\.sv\.pdf \(\d+ ms\)\n$/);
  });
});
