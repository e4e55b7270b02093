import { describe, expect, it } from 'vitest';
import { siteOrigins } from '../../../utils/settings/site-origins';

describe('siteOrigins', () => {
  it.each([
    ['example.com', ['*://example.com/*', '*://*.example.com/*']],
    ['news.example.co.uk', ['*://news.example.co.uk/*', '*://*.news.example.co.uk/*']],
    ['localhost', ['*://localhost/*', '*://*.localhost/*']],
  ])('should cover %s and its subdomains', (site, expected) => {
    expect(siteOrigins(site)).toEqual(expected);
  });

  it.each([
    ['127.0.0.1', ['*://127.0.0.1/*']],
    ['192.168.10.254', ['*://192.168.10.254/*']],
  ])('should cover only the address itself for %s (addresses have no subdomains)', (site, expected) => {
    expect(siteOrigins(site)).toEqual(expected);
  });
});
