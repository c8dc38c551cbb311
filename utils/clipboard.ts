/**
 * Writes text to the clipboard: the async Clipboard API, and where the browser refuses it, the
 * older copy command on a hidden text area of our own page.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    copyByCommand(text);
  }
}

/**
 * The older copy command on a hidden text area of our own page: what works where the page has no
 * focus (Chromium's offscreen document) or the async API is refused.
 */
export function copyByCommand(text: string): void {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('浏览器拒绝写入剪贴板');
}
