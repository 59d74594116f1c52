const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const special = /[&<>"']/;

/** Escapes text for HTML content and attribute values; most texts have nothing to escape and come back as they are. */
export const escapeHtml = (text: string): string => (special.test(text) ? text.replace(/[&<>"']/g, (c) => entities[c]!) : text);
