import type { ReplyEvidence } from '../model';

/**
 * How far back (comments) a reply may reach for a parent it does not name. Bounds the work per comment on 10,000-
 * comment pages; 200 covers the long gaps seen on news pages (a rebuttal 20–30 comments after its target).
 */
export const LOOKBACK_COMMENTS = 200;

/** One piece of evidence that comment `child` answers the earlier comment `parent` (indexes in page order). */
export interface ReplyCandidate {
  parent: number;
  /** 0–1, how sure this piece of evidence alone is. */
  confidence: number;
  evidence: Exclude<ReplyEvidence, 'dom'>;
  reason: string;
}
