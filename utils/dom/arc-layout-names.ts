/**
 * Arc XP's page layouts named for their rail: the Arc Themes `right-rail-block` and `right-rail-advanced-block` write
 * the whole page as `b-right-rail` / `b-right-rail-advanced` and each region as an element of that block
 * (`b-right-rail-advanced__navigation`, `__full-width-1` over the story with its headline, dek and byline, `__main`,
 * `__main-interior-item` around the story, `__main-right-rail` and `__rail-container` for the rail itself,
 * `__full-width-2`, `__footer`). The block's name is the layout's, not a rail's: each region reads by its own part
 * (`full-width-1`, `main-right-rail`), and the layout's wrapper by none.
 */
const ARC_RAIL_LAYOUT = /(^|\s)b-right-rail(?:-advanced)?(?:__([\w-]+))?(?=$|\s)/g;

/** `classes` with Arc XP's rail layout names read as the region they name (see `ARC_RAIL_LAYOUT`). */
export function withoutArcRailLayout(classes: string): string {
  return classes.replace(ARC_RAIL_LAYOUT, (_match, space: string, part: string | undefined) => space + (part ?? ''));
}
