/**
 * Merging the action matrices and registries of several municipalities into one: the library API
 * that `welfare merge` and `welfare build` share. A project's joint matrix is
 * `mergeMatrices(project.matrices.map((m) => ({ matrix: m.matrix, file: m.file, municipality: m.municipality.id })), mergeOptionsOf(project.config))`.
 */
export { mergeMatrices, type MatrixInput } from './merge/matrices.js';
export { mergeRegistries, type RegistryInput } from './merge/registries.js';
export { mergeOptionsOf, type MergeOptions, type Resolutions } from './merge/options.js';
export { mergedYaml } from './merge/yaml.js';
