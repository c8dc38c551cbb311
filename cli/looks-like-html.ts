/** Whether decoded text is an HTML page at all: no NUL bytes, and an HTML tag in its first 64 KB. */
export function looksLikeHtml(text: string): boolean {
  if (text.includes('\u0000')) return false;
  return /<\s*(?:!doctype|html|head|body|div|p|table|meta|title|article|section|span|h[1-6])\b/i.test(
    text.slice(0, 65536),
  );
}
