/** Everything the reader can set, as stored under one `local:` key and as exported to JSON. */
export interface Settings {
  /** Comments whose noise score is at or above this (0–1) are collapsed to a stub. */
  noiseThreshold: number;
  /** Author names whose comments count as noise (compared case-insensitively by the scorer). */
  mutedAuthors: string[];
  /** Words or phrases that mark a comment as noise. */
  keywords: string[];
  /** Hostnames where the panel opens by itself. */
  autoOpenSites: string[];
  /** Panel width in px, per hostname. */
  panelWidths: Record<string, number>;
  /** Also collapse noisy comments in the page itself, when the page's comment elements are known. */
  collapseOnPage: boolean;
}

/** Schema version written into exported settings files; bumped on a breaking change of `Settings`. */
export const SETTINGS_VERSION = 1;

/** What a fresh install uses. The 0.5 threshold collapses comments with at least one strong noise reason. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  noiseThreshold: 0.5,
  mutedAuthors: [],
  keywords: [],
  autoOpenSites: [],
  panelWidths: {},
  collapseOnPage: false,
});
