import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isConsentBox } from '../../../utils/dom/is-consent-box';

/** Whether the page's `#box` is read as a consent box. */
function consent(html: string): boolean {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isConsentBox(element as unknown as Element);
}

describe('isConsentBox', () => {
  it.each([
    [
      'a French consent box',
      '<div id="box" class="css-43"><p>Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires.</p><button>Accepter</button><button>Refuser</button><button>Paramétrer</button></div>',
    ],
    [
      'an English one with links',
      '<section id="box"><p>We and our partners use cookies to personalise content.</p><a href="#">Accept all</a> <a href="#">Manage options</a></section>',
    ],
    [
      'a German one',
      '<div id="box"><p>Wir verwenden Cookies.</p><button>Alle akzeptieren</button> <button>Einstellungen</button></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(consent(html)).toBe(true);
  });

  it.each([
    [
      'a paragraph of the story about accepting an offer',
      '<p id="box">The union said its members would vote to accept or reject the offer by Friday, and the council said it would wait.</p>',
    ],
    [
      'a box with an accept button only',
      '<div id="box"><p>Terms of the competition apply.</p><button>Accept</button></div>',
    ],
    [
      'a long block that holds a consent box and the story',
      `<div id="box"><div><p>We use cookies.</p><button>Accept</button><button>Reject</button></div><p>${'The plant will open in March and employ 120 people, the company said. '.repeat(8)}</p></div>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(consent(html)).toBe(false);
  });
});
