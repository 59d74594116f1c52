/** A built document without its inlined styles and font, which would bury the markup in a snapshot. */
export function withoutStyles(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, "<style>/* the theme's styles and font, inlined */</style>");
}
