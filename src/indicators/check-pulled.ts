import { ExitCode, WelfareError } from '../core/errors.js';
import type { SourceFile } from '../core/source.js';
import { indicators as validIndicators } from '../generated/validators.js';

/**
 * The last gate before indicators.yaml is written: with Sotkanet's answers applied, the file
 * must pass the same schema `welfare validate` checks it with (decimals 0–4, years 2000–2100,
 * finite numbers), so a pull never writes a file the next validate refuses.
 */
export function checkPulled(file: SourceFile, sotkanetIds: number[], baseUrl: string): void {
  const data: unknown = file.doc.toJS({ maxAliasCount: -1 });
  if (validIndicators(data)) return;
  const error = validIndicators.errors![0]!;
  const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const value = path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
  const index = path[0] === 'indicators' ? Number(path[1]) : NaN;
  const id = (data as { indicators?: { id?: unknown; source?: { sotkanet?: unknown } }[] }).indicators?.[index];
  const which = id ? ` of '${String(id.id)}' (Sotkanet indicator ${String(id.source?.sotkanet ?? sotkanetIds.join(', '))})` : '';
  const field = path.slice(2).join('.') || path.join('.');
  const shown = JSON.stringify(value)?.slice(0, 40) ?? String(value);
  throw new WelfareError(
    `the answers of ${baseUrl} would make ${file.path} invalid: ${field}${which} would be ${shown}, but it ${error.message ?? 'is not allowed'}. Nothing was written.`,
    ExitCode.environment,
    { hint: 'check the address in --base-url or WELFARE_SOTKANET_URL; run again with --refresh if the cached answer is damaged' },
  );
}
