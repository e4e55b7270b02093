import { createHash } from 'node:crypto';

/** Characters of the digest kept: enough that two different names never share a hash on one page. */
const HASH_CHARS = 8;

/** A name as a CSS-in-JS build writes it: the same name gives the same token, and the token says nothing. */
const hashed = (name: string): string => `css-${createHash('sha1').update(name).digest('hex').slice(0, HASH_CHARS)}`;

/**
 * Attributes that name other elements by id: an id is renamed in them too, as a build that generates ids writes the
 * same generated id into the toggle or label that points at it (a disclosure's `aria-controls` still opens its panel).
 */
const ID_REFERENCES = ['aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'for'] as const;

/** A same-page link (`href="#rest"`): its target's id is renamed, so the link is too. */
const SAME_PAGE_LINK = /^#(.+)$/;

/**
 * Rewrites a page as sites built with CSS-in-JS serve it: every class and id in the body becomes a meaningless token
 * (equal names stay equal, so repeated card shapes still repeat) and every `data-*` attribute goes. Tags, ARIA roles,
 * `itemprop`, links and text stay; references to a renamed id follow it. What is left is what a template gives away
 * without naming its parts.
 */
export function hashNames(doc: Document): void {
  for (const element of doc.querySelectorAll('body *')) {
    for (const { name, value } of [...element.attributes]) {
      if (name === 'class' || name === 'id') element.setAttribute(name, hashed(value));
      else if (name.startsWith('data-')) element.removeAttribute(name);
      else if ((ID_REFERENCES as readonly string[]).includes(name)) {
        element.setAttribute(name, value.split(/\s+/).filter(Boolean).map(hashed).join(' '));
      } else if (name === 'href') {
        const target = SAME_PAGE_LINK.exec(value)?.[1];
        if (target) element.setAttribute(name, `#${hashed(target)}`);
      }
    }
  }
}
