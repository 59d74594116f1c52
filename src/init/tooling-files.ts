import { PACKAGE_NAME } from '../core/package-root.js';
import { CACHE_DIR } from '../indicators/cache.js';
import type { ScaffoldFile } from './project-files.js';

/**
 * The actions the workflow uses, pinned to the commit of a release (a tag can be moved; a commit
 * cannot), with the release in a comment for the reader and for update tools.
 */
export const ACTIONS = {
  checkout: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
  setupNode: 'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
  uploadArtifact: 'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0',
} as const;

/** The Node.js the workflow runs on: the active LTS line (welfare itself needs only 20.19). */
export const NODE_LTS = 26;

/**
 * The files around the welfare files: the package that pins welfare's version (CI, the
 * pre-commit hook and editors all use that one), what git ignores, a pre-commit hook and a
 * GitHub Actions workflow.
 */
export function toolingFiles(name: string, welfareDependency: string): ScaffoldFile[] {
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
            devDependencies: { [PACKAGE_NAME]: welfareDependency },
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
# The hook runs the welfare of this project (npm install first; never one from the registry),
# on the whole project, since the checks compare files with each other.
repos:
  - repo: local
    hooks:
      - id: welfare-validate
        name: welfare validate
        entry: npx --no-install welfare validate
        language: system
        files: \\.ya?ml$
        pass_filenames: false
`,
    },
    {
      path: '.github/workflows/welfare.yml',
      text: `# Checks the welfare files and builds the documents on every pull request (problems show on
# the changed lines; template and PDF errors before the merge) and every push to main, and keeps
# the PDFs as the run's artifact. It runs the welfare of package-lock.json: run 'npm install'
# once and commit the lock file. Actions are pinned to commits; the comment names the release.
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
      - uses: ${ACTIONS.checkout}
        with:
          persist-credentials: false
      - uses: ${ACTIONS.setupNode}
        with:
          node-version: ${NODE_LTS}
          cache: npm
      - run: npm ci
      - run: npx --no-install welfare validate --format github
  build:
    needs: validate
    runs-on: ubuntu-latest
    steps:
      - uses: ${ACTIONS.checkout}
        with:
          persist-credentials: false
      - uses: ${ACTIONS.setupNode}
        with:
          node-version: ${NODE_LTS}
          cache: npm
      - run: npm ci
      # Prints with the Google Chrome the runner image has; nothing to install.
      - run: npx --no-install welfare build
      - uses: ${ACTIONS.uploadArtifact}
        with:
          name: welfare-documents
          path: dist/**/*.pdf
          if-no-files-found: error
`,
    },
  ];
}
