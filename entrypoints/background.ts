import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { settingsStorage } from '../utils/browser/settings-storage';
import {
  isSidelightMessage,
  type Detection,
  type LoadPartMessage,
  type LoadPartReply,
  type ToggleReply,
} from '../utils/browser/messages';
import { normalizeSite } from '../utils/settings/normalize-site';
import { siteOrigins } from '../utils/settings/site-origins';

/** The lazily injected panel bundle (runtime-registered content script `panel`). */
export const PANEL_SCRIPT = '/content-scripts/panel.js';
/** The scripts of the panel's parts, which it asks for once it has painted (unlisted: not web-accessible). */
export const PART_SCRIPTS = { reader: '/panel-reader.js', parser: '/panel-parser.js' } as const;
export const OPEN_COMMAND = 'open-panel';
export const MENU_OPEN = 'sidelight-open';
export const MENU_AUTO_OPEN = 'sidelight-auto-open';
/** Badge on tabs that hold an article: a short mark in a colour readable on light and dark toolbars. */
const BADGE_TEXT = '✓';
const BADGE_COLOUR = '#2b7a4b';

type Tab = Browser.tabs.Tab;

/** The site key used by settings (`example.com`), for http(s) pages only. */
function siteOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:/.test(url)) return undefined;
  return normalizeSite(new URL(url).hostname);
}

/**
 * Opens the panel in a tab, or closes it when it is already open. Once loaded, the panel script answers a toggle
 * message itself (closing or reopening); when nothing answers, it is injected (activeTab grants this on the gesture).
 */
export async function togglePanel(tab: Tab | undefined): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'sidelight:toggle-panel' })) as
      ToggleReply | undefined;
    if (reply !== undefined) return;
  } catch {
    // No panel in this tab yet: inject it below.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [PANEL_SCRIPT] });
  } catch (error) {
    // Pages the extension may not touch (browser pages, the web store, PDFs): say so on the badge, keep quiet.
    console.warn('[Sidelight] cannot open the panel on this page:', error);
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setTitle({ tabId, title: 'Sidelight cannot read this page' });
  }
}

/**
 * Injects a part of the panel (see `PanelParts`) into the panel's tab and frame, into the isolated world the panel
 * script runs in. The panel asks right after it is injected, so the grant that let the panel in (`activeTab` on the
 * reader's gesture, kept until the tab navigates, or the site's permission) lets its parts in too; when it is gone the
 * reply says why.
 */
export async function loadPart(
  message: LoadPartMessage,
  sender: Browser.runtime.MessageSender,
): Promise<LoadPartReply> {
  const tabId = sender.tab?.id;
  // Only the parts named here: a message's `part` is data, not a key to look up on any object.
  const file = Object.hasOwn(PART_SCRIPTS, message.part) ? PART_SCRIPTS[message.part] : undefined;
  if (tabId === undefined || !file) return { loaded: false, error: 'no tab or no such part' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
    return { loaded: true };
  } catch (error) {
    console.warn(`[Sidelight] cannot load the panel's ${message.part}:`, error);
    return { loaded: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Shows on the toolbar icon of this tab whether the page is an article. */
export async function showDetection(tabId: number, detection: Detection): Promise<void> {
  // The title says why and how long the check took, so a reader (and the e2e tests) can see what detection did.
  const checked = `checked in ${detection.ms} ms`;
  await browser.action.setBadgeText({ tabId, text: detection.isArticle ? BADGE_TEXT : '' });
  if (!detection.isArticle) {
    await browser.action.setTitle({ tabId, title: `Sidelight: no article found (${checked})` });
    return;
  }
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  const why = detection.signals.join(', ');
  await browser.action.setTitle({ tabId, title: `Sidelight: article found (${why}; ${checked}). Click to open.` });
}

/** Opens the panel by itself when the reader turned on auto-open for this site and granted the site's permission. */
export async function autoOpen(tab: Tab): Promise<boolean> {
  const site = siteOf(tab.url);
  if (!site) return false;
  const { autoOpenSites } = await settingsStorage.load();
  if (!autoOpenSites.includes(site)) return false;
  if (!(await browser.permissions.contains({ origins: siteOrigins(site) }))) return false;
  await togglePanel(tab);
  return true;
}

/**
 * Turns auto-open on or off for the tab's site. The permission request runs first, with nothing awaited before it,
 * because browsers grant it only inside the reader's gesture (the menu click).
 */
export async function setAutoOpen(tab: Tab | undefined, enabled: boolean): Promise<void> {
  const site = siteOf(tab?.url);
  if (!site) return;
  const granted = enabled ? await browser.permissions.request({ origins: siteOrigins(site) }) : false;
  const settings = await settingsStorage.load();
  const others = settings.autoOpenSites.filter((s) => s !== site);
  await settingsStorage.save({ ...settings, autoOpenSites: granted ? [...others, site] : others });
  if (!enabled) await browser.permissions.remove({ origins: siteOrigins(site) }).catch(() => false);
}

/** Keeps the auto-open checkbox in the menus in step with the site of the active tab. */
async function syncAutoOpenMenu(tab: Tab | undefined): Promise<void> {
  const site = siteOf(tab?.url);
  const { autoOpenSites } = await settingsStorage.load();
  await browser.contextMenus.update(MENU_AUTO_OPEN, { checked: site !== undefined && autoOpenSites.includes(site) });
}

function createMenus(): void {
  browser.contextMenus.create({ id: MENU_OPEN, title: 'Open Sidelight', contexts: ['page', 'selection'] });
  browser.contextMenus.create({
    id: MENU_AUTO_OPEN,
    title: 'Open Sidelight automatically on this site',
    type: 'checkbox',
    contexts: ['action', 'page'],
  });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createMenus);

  browser.action.onClicked.addListener((tab) => void togglePanel(tab));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_COMMAND) return;
    if (tab) return void togglePanel(tab);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => togglePanel(active));
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_OPEN) void togglePanel(tab);
    if (info.menuItemId === MENU_AUTO_OPEN) void setAutoOpen(tab, info.checked === true);
  });

  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs
      .get(tabId)
      .then(syncAutoOpenMenu)
      .catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isSidelightMessage(message) && message.type === 'sidelight:load-part') return loadPart(message, sender);
    if (!isSidelightMessage(message) || message.type !== 'sidelight:detected') return undefined;
    const tab = sender.tab;
    if (tab?.id === undefined) return undefined;
    void showDetection(tab.id, message.detection)
      .then(() => (message.detection.isArticle ? autoOpen(tab) : false))
      .catch((error: unknown) => console.warn('[Sidelight] badge update failed:', error));
    return undefined;
  });
});
