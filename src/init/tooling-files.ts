import { CACHE_DIR } from '../indicators/cache.js';
import type { ScaffoldFile } from './project-files.js';

/**
 * The files around the welfare files: the package that pins welfare's version (CI, the
 * pre-commit hook and editors all use that one), what git ignores, a pre-commit hook and a
 * GitHub Actions workflow.
 */
export function toolingFiles(name: string, welfareVersion: string): ScaffoldFile[] {
  return [
    {
      path: 'package.json',
      text:
        JSON.stringify(
          {
            name,
            private: true,
            description: 'Welfare report and plan (välfärdsberättelse / hyvinvointikertomus), built with welfare',
            scripts: { validate: 'welfare validate', build: 'welfare build', 'indicators:pull': 'welfare indicators pull' },
            devDependencies: { welfare: `^${welfareVersion}` },
          },
          null,
          2,
        ) + '\n',
    },
    {
      path: '.gitignore',
      text: `node_modules/
# Built documents: CI builds them again from the YAML files.
dist/
# Answers of THL's Sotkanet kept by 'welfare indicators pull'; the values themselves are in indicators.yaml.
${CACHE_DIR}/
`,
    },
    {
      path: '.pre-commit-config.yaml',
      text: `# Checks the welfare files before every commit (https://pre-commit.com):
#   pip install pre-commit && pre-commit install
# The hook runs the welfare of this project (npm install first), on the whole project, since
# the checks compare files with each other.
repos:
  - repo: local
    hooks:
      - id: welfare-validate
        name: welfare validate
        entry: npx welfare validate
        language: system
        files: \\.ya?ml$
        pass_filenames: false
`,
    },
    {
      path: '.github/workflows/welfare.yml',
      text: `# Checks the welfare files of every pull request (problems show on the changed lines) and,
# on every push to main, builds the documents and keeps the PDFs as the run's artifact.
# It needs package-lock.json: run 'npm install' once and commit the lock file.
name: welfare
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx welfare validate --format github
  build:
    if: github.event_name == 'push'
    needs: validate
    runs-on: ubuntu-latest
    # Debian's chromium package is the browser itself; on Ubuntu it only installs a snap.
    container: node:20-bookworm
    steps:
      - uses: actions/checkout@v4
      - name: Install Chromium
        run: apt-get update && apt-get install -y --no-install-recommends chromium
      - run: npm ci
      - run: npx welfare build
      - uses: actions/upload-artifact@v4
        with:
          name: welfare-documents
          path: dist/**/*.pdf
          if-no-files-found: error
`,
    },
  ];
}
