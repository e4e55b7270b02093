import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, {
  MENU_AUTO_OPEN,
  MENU_OPEN,
  OPEN_COMMAND,
  PANEL_SCRIPT,
  PART_SCRIPTS,
} from '../../entrypoints/background';
import { settingsStorage } from '../../utils/browser/settings-storage';
import { DEFAULT_SETTINGS } from '../../utils/settings/default-settings';
import { siteOrigins } from '../../utils/settings/site-origins';

type Listener = (...args: never[]) => unknown;

/** A stand-in for an extension event the fake browser lacks: listeners plus a way to fire them. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: vi.fn(),
    hasListener: vi.fn(),
    fire: (...args: unknown[]) => listeners.map((listener) => (listener as (...a: unknown[]) => unknown)(...args)),
  };
}

const TAB = { id: 7, index: 0, url: 'https://www.example.com/news/story', active: true } as Browser.tabs.Tab;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let commands: ReturnType<typeof fakeEvent>;
let menuClicks: ReturnType<typeof fakeEvent>;
let stubs: {
  executeScript: ReturnType<typeof vi.fn>;
  sendMessage: ReturnType<typeof vi.fn>;
  create: ReturnType<typeof vi.fn>;
  contains: ReturnType<typeof vi.fn>;
  request: ReturnType<typeof vi.fn>;
};

beforeEach(() => {
  fakeBrowser.reset();
  commands = fakeEvent();
  menuClicks = fakeEvent();
  stubs = {
    executeScript: vi.fn(async () => []),
    // No panel in the tab: nothing answers the toggle message.
    sendMessage: vi.fn(async () => Promise.reject(new Error('Receiving end does not exist'))),
    create: vi.fn(),
    contains: vi.fn(async () => true),
    request: vi.fn(async () => true),
  };
  // The fake browser lacks these APIs (BROWSERS.md): stub them on it before main() registers its listeners.
  Object.assign(fakeBrowser, {
    commands: { onCommand: commands },
    contextMenus: { create: stubs.create, update: vi.fn(async () => undefined), onClicked: menuClicks },
    scripting: { executeScript: stubs.executeScript },
    permissions: { contains: stubs.contains, request: stubs.request, remove: vi.fn(async () => true) },
  });
  fakeBrowser.tabs.sendMessage = stubs.sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
  background.main();
});

const injected = () => stubs.executeScript.mock.calls.map(([details]) => details as unknown);
const panelInjection = { target: { tabId: TAB.id }, files: [PANEL_SCRIPT] };

describe('background', () => {
  describe('opening the panel', () => {
    it.each([
      ['a toolbar click', () => fakeBrowser.action.onClicked.trigger(TAB)],
      ['the keyboard command', () => commands.fire(OPEN_COMMAND, TAB)],
      ['the "Open Sidelight" menu item', () => menuClicks.fire({ menuItemId: MENU_OPEN }, TAB)],
    ])('should inject the panel script on %s when the tab has no panel yet', async (_how, act) => {
      await act();
      await flush();
      expect(stubs.sendMessage).toHaveBeenCalledWith(TAB.id, { type: 'sidelight:toggle-panel' });
      expect(injected()).toEqual([panelInjection]);
    });

    it('should let a loaded panel toggle itself instead of injecting it twice', async () => {
      stubs.sendMessage.mockResolvedValue({ open: false });
      await fakeBrowser.action.onClicked.trigger(TAB);
      await flush();
      expect(injected()).toEqual([]);
    });

    it('should use the active tab when a command arrives without one', async () => {
      // The fake browser's window bookkeeping breaks `currentWindow` queries after a reset: answer for it.
      const query = vi.fn(async () => [{ ...TAB, id: 9 }]);
      fakeBrowser.tabs.query = query as unknown as typeof fakeBrowser.tabs.query;
      commands.fire(OPEN_COMMAND, undefined);
      for (let i = 0; i < 5; i++) await flush();
      expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
      expect(injected()).toEqual([{ target: { tabId: 9 }, files: [PANEL_SCRIPT] }]);
    });

    it('should ignore other commands', async () => {
      commands.fire('something-else', TAB);
      await flush();
      expect(stubs.sendMessage).not.toHaveBeenCalled();
    });

    it('should mark the badge when the page refuses scripts', async () => {
      stubs.executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await fakeBrowser.action.onClicked.trigger(TAB);
      await flush();
      expect(await fakeBrowser.action.getBadgeText({ tabId: TAB.id })).toBe('!');
    });
  });

  describe('detection messages', () => {
    const detected = (isArticle: boolean) =>
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'sidelight:detected', detection: { isArticle, signals: isArticle ? ['og:article'] : [], ms: 1.5 } },
        { tab: TAB },
        () => undefined,
      );

    it('should badge an article and say why in the title', async () => {
      await detected(true);
      await flush();
      expect(await fakeBrowser.action.getBadgeText({ tabId: TAB.id })).not.toBe('');
      expect(await fakeBrowser.action.getTitle({ tabId: TAB.id })).toContain('og:article');
    });

    it('should leave the badge empty on other pages', async () => {
      await detected(false);
      await flush();
      expect(await fakeBrowser.action.getBadgeText({ tabId: TAB.id })).toBe('');
      expect(await fakeBrowser.action.getTitle({ tabId: TAB.id })).toContain('no article');
    });

    it.each([
      ['the site is not listed', [], true, 0],
      ['the site permission was not granted', ['example.com'], false, 0],
      ['the site is listed and granted', ['example.com'], true, 1],
    ])('should auto-open only when %s', async (_case, sites, granted, injections) => {
      await settingsStorage.save({ ...DEFAULT_SETTINGS, autoOpenSites: sites });
      stubs.contains.mockResolvedValue(granted);
      await detected(true);
      for (let i = 0; i < 5; i++) await flush();
      expect(injected()).toHaveLength(injections);
    });

    it('should check the same host patterns the options page asks for (one shared list)', async () => {
      await settingsStorage.save({ ...DEFAULT_SETTINGS, autoOpenSites: ['example.com'] });
      await detected(true);
      for (let i = 0; i < 5; i++) await flush();
      expect(stubs.contains).toHaveBeenCalledWith({ origins: siteOrigins('example.com') });
    });

    it('should ignore messages that are not Sidelight messages', async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'other' }, { tab: TAB }, () => undefined);
      await flush();
      expect(await fakeBrowser.action.getTitle({ tabId: TAB.id })).not.toContain('Sidelight:');
    });
  });

  describe('the panel parts', () => {
    const askFor = async (sender: Browser.runtime.MessageSender, part = 'reader') => {
      const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'sidelight:load-part', part }, sender, () => {
        return undefined;
      });
      return Promise.all(replies as unknown[]);
    };
    const askForReader = (sender: Browser.runtime.MessageSender) => askFor(sender);

    it.each(['reader', 'parser'] as const)(
      'should inject the %s into the asking tab and frame, and say so',
      async (part) => {
        expect(await askFor({ tab: TAB, frameId: 3 }, part)).toEqual([{ loaded: true }]);
        expect(injected()).toEqual([{ target: { tabId: TAB.id, frameIds: [3] }, files: [PART_SCRIPTS[part]] }]);
      },
    );

    it('should say why when the tab no longer lets it in (the grant is gone)', async () => {
      stubs.executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      expect(await askForReader({ tab: TAB, frameId: 0 })).toEqual([
        { loaded: false, error: 'Cannot access contents of the page.' },
      ]);
    });

    it('should inject nothing for a sender outside a tab', async () => {
      expect(await askForReader({})).toEqual([{ loaded: false, error: 'no tab or no such part' }]);
      expect(injected()).toEqual([]);
    });

    it.each(['toString', '__proto__', 'panel', ''])(
      'should inject nothing for a part it does not have (%j)',
      async (part) => {
        expect(await askFor({ tab: TAB, frameId: 0 }, part)).toEqual([
          { loaded: false, error: 'no tab or no such part' },
        ]);
        expect(injected()).toEqual([]);
      },
    );
  });

  describe('menus', () => {
    it('should create "Open Sidelight" and the auto-open checkbox on install', async () => {
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
      const created = stubs.create.mock.calls.map(([item]) => item as { id: string; title: string });
      expect(created.map((item) => item.id)).toEqual([MENU_OPEN, MENU_AUTO_OPEN]);
      expect(created[0]?.title).toBe('Open Sidelight');
    });

    it('should ask for the site permission and store the site when auto-open is ticked', async () => {
      menuClicks.fire({ menuItemId: MENU_AUTO_OPEN, checked: true }, TAB);
      expect(stubs.request).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://*.example.com/*'] });
      await flush();
      await flush();
      expect((await settingsStorage.load()).autoOpenSites).toEqual(['example.com']);
    });

    it('should not store the site when the reader refuses the permission', async () => {
      stubs.request.mockResolvedValue(false);
      menuClicks.fire({ menuItemId: MENU_AUTO_OPEN, checked: true }, TAB);
      await flush();
      await flush();
      expect((await settingsStorage.load()).autoOpenSites).toEqual([]);
    });
  });
});
