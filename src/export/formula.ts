/**
 * Spreadsheet formula injection: a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is taken as a formula when a spreadsheet program opens a CSV file (`=1+41`
 * shows 42; worse ones run commands or send the sheet away). As OWASP recommends, such a text is
 * written with a single quote before it, which spreadsheet programs show as text. A text that
 * already starts with quotes before such a character gets one more, so that reading a form back
 * (`restoreCell`) takes exactly one off and gives every text as it was.
 */
const risky = /^'*[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return risky.test(text) ? `'${text}` : text;
}

/** The text welfare wrote, from a cell `neutraliseCell` may have quoted. */
export function restoreCell(text: string): string {
  return text.startsWith("'") && risky.test(text) ? text.slice(1) : text;
}
