/** Object URLs are revoked after this delay (ms): some browsers start the download asynchronously after `click()`. */
const REVOKE_DELAY_MS = 1000;

/** Saves text as a file through a temporary object URL and `<a download>`, revoking the URL afterwards. */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const view = doc.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
