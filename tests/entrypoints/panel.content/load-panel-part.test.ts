import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPanelPart } from '../../../entrypoints/panel.content/load-panel-part';
import { PANEL_PART_GLOBALS, type PanelPart } from '../../../entrypoints/panel.content/panel-parts';

const PARTS = { reader: { readPageSteps: vi.fn() }, parser: { parsePageSteps: vi.fn() } };

let world: Record<string, unknown>;
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  world = {};
  // The part's script, as the background injects it: it leaves the part in the panel's world.
  sendMessage = vi.fn(async ({ part }: { part: PanelPart }) => {
    world[PANEL_PART_GLOBALS[part]] = PARTS[part];
    return { loaded: true };
  });
  // The fake browser lacks runtime.sendMessage (BROWSERS.md).
  fakeBrowser.runtime.sendMessage = sendMessage as unknown as typeof fakeBrowser.runtime.sendMessage;
});

describe('loadPanelPart', () => {
  it.each(['reader', 'parser'] as const)(
    'should ask the background for the %s and give what its script left',
    async (part) => {
      expect(await loadPanelPart(part, world)).toBe(PARTS[part]);
      expect(sendMessage).toHaveBeenCalledWith({ type: 'sidelight:load-part', part });
    },
  );

  it('should not ask again once the part is loaded (a panel reopened on the same page)', async () => {
    await loadPanelPart('reader', world);
    await loadPanelPart('reader', world);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'the background could not inject it',
      async () => ({ loaded: false, error: 'Cannot access contents of the page.' }),
    ],
    ['the background did not answer', async () => Promise.reject(new Error('Receiving end does not exist'))],
  ])('should throw a message the panel can show when %s', async (_case, reply) => {
    sendMessage.mockImplementation(reply);
    await expect(loadPanelPart('reader', world)).rejects.toThrow(
      /could not load its page reader \(.+\)\. Reload the page and open the panel again\./,
    );
  });
});
