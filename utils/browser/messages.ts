import { browser } from 'wxt/browser';

/** What the detection script found on a page; sent once per page load to the background. */
export interface Detection {
  isArticle: boolean;
  /** Which signals fired (`readerable`, `json-ld:NewsArticle`, `og:article`, `comment-count`, `long-paragraphs`). */
  signals: string[];
  /** Time the detection took on the page, in ms. */
  ms: number;
}

/** Content script → background: the page was classified. */
export interface DetectedMessage {
  type: 'sidelight:detected';
  detection: Detection;
}

/** Background → panel script: close the panel if it is open; the panel answers `{ open: false }`. */
export interface TogglePanelMessage {
  type: 'sidelight:toggle-panel';
}

/** Panel script → background: inject a part of the panel (its page reader or text parser) into its tab and frame. */
export interface LoadPartMessage {
  type: 'sidelight:load-part';
  part: 'reader' | 'parser';
}

/** Every message Sidelight sends between its scripts. */
export type SidelightMessage = DetectedMessage | TogglePanelMessage | LoadPartMessage;

/** Answer of the panel script to a toggle. */
export interface ToggleReply {
  open: boolean;
}

/** Answer of the background to `sidelight:load-part`: whether the part's script ran, and why not. */
export interface LoadPartReply {
  loaded: boolean;
  error?: string;
}

const TYPES: ReadonlySet<string> = new Set<SidelightMessage['type']>([
  'sidelight:detected',
  'sidelight:toggle-panel',
  'sidelight:load-part',
]);

/** True for messages Sidelight sent (other extensions' or WXT's own messages are ignored). */
export function isSidelightMessage(value: unknown): value is SidelightMessage {
  return typeof value === 'object' && value !== null && TYPES.has(String((value as { type?: unknown }).type));
}

/** Sends a message to the background from a content script; never throws (the background may be restarting). */
export async function sendToBackground(message: SidelightMessage): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // No listener yet (extension reloading): the badge is a nicety, the page must not notice.
  }
}
