import { browser } from 'wxt/browser';
import { siteOrigins } from '../../utils/settings/site-origins';

/**
 * Asks the browser, in one prompt, for access to sites, which auto-open needs. Browsers allow the prompt only inside
 * the reader's gesture, so call it synchronously from the click/submit handler. Resolves whether access was granted.
 */
export async function requestSiteAccess(sites: readonly string[]): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: sites.flatMap(siteOrigins) });
  } catch (error) {
    console.error('[Sidelight options] permission request failed:', error);
    return false;
  }
}

/** Gives a site's access back when it leaves the auto-open list (failures are harmless: access just stays). */
export async function releaseSiteAccess(site: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: siteOrigins(site) });
  } catch (error) {
    console.error('[Sidelight options] permission removal failed:', error);
  }
}
