/** Saves JSON text as a file the browser downloads (the library's backup, the settings). */
export function downloadJSON(name: string, text: string): void {
  downloadText(name, text, 'application/json');
}

/** Saves text of a media type as a file the browser downloads (the library's exports). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
