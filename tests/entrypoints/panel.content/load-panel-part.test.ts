import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPanelPart } from '../../../entrypoints/panel.content/load-panel-part';
import {
  PANEL_PART_EVALUATIONS,
  PANEL_PART_GLOBALS,
  type PanelPart,
} from '../../../entrypoints/panel.content/panel-parts';

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

  describe('a part evaluated in slices', () => {
    /** The part's script as built: the reply comes after its first slice; the part is left when the rest has run. */
    function injectInSlices(outcome: 'loads' | 'throws') {
      sendMessage.mockImplementation(async ({ part }: { part: PanelPart }) => {
        world[PANEL_PART_EVALUATIONS[part]] = new Promise<void>((resolve, reject) =>
          setTimeout(() => {
            if (outcome === 'throws') return reject(new Error('a rule module threw'));
            world[PANEL_PART_GLOBALS[part]] = PARTS[part];
            resolve();
          }, 5),
        );
        return { loaded: true };
      });
    }

    it('should wait for the evaluation to end and give the part', async () => {
      injectInSlices('loads');
      expect(await loadPanelPart('parser', world)).toBe(PARTS.parser);
    });

    it('should wait for an evaluation under way instead of injecting the part again', async () => {
      injectInSlices('loads');
      const [first, second] = await Promise.all([
        loadPanelPart('reader', world),
        // A panel opened again while the first one's part is still being evaluated.
        new Promise((resolve) => setTimeout(resolve, 1)).then(() => loadPanelPart('reader', world)),
      ]);
      expect([first, second]).toEqual([PARTS.reader, PARTS.reader]);
      expect(sendMessage).toHaveBeenCalledTimes(1);
    });

    it('should throw a message the panel can show when the evaluation fails', async () => {
      injectInSlices('throws');
      await expect(loadPanelPart('reader', world)).rejects.toThrow(
        /could not load its page reader \(a rule module threw\)\. Reload the page/,
      );
    });
  });
});
