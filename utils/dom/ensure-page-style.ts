/**
 * Adds a `<style>` with this id and text to the page once (later calls with the same id do nothing). Only for the
 * few rules Sidelight puts on the page itself: its highlight name and its own attributes.
 */
export function ensurePageStyle(doc: Document, id: string, css: string): void {
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
}
