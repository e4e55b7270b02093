const SPACES = /\s+/;

/** Takes the class names `drops` says yes to off `element` (in a page copy), keeping the others in their order. */
export function dropClassNames(element: Element, drops: (name: string) => boolean): void {
  const names = (element.getAttribute('class') ?? '').split(SPACES);
  const kept = names.filter((name) => !drops(name));
  if (kept.length !== names.length) element.setAttribute('class', kept.join(' '));
}
