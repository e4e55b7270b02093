/**
 * The disclosure a publisher's brand studio prints over or under a paid post, whatever box or class holds it: the
 * piece names itself as paid for by an advertiser ("This content is paid for by an advertiser and published by WP
 * Creative Group.", "This article is sponsored by Acme."), says the newsroom had no hand in it ("The Washington Post
 * newsroom was not involved in the creation of this content.", "The news and editorial staffs of The New York Times
 * had no role in this post's preparation.", "Reuters editorial and news staff had no role in the production of this
 * content."), or explains the label ("Paid content is paid for and controlled by an advertiser and produced by the
 * Guardian Labs team."). Each is read as a whole line opening on the disclosure's own words; a story about sponsored
 * content reports on a sponsor ("The festival was sponsored by …") or on a newsroom in the news, and says so otherwise.
 */

/**
 * The piece names itself as paid for, sponsored or commissioned: "This content is paid for by an advertiser and
 * published by …", "This article is sponsored by Acme Bank.", "This post was paid for by …", "This is sponsored
 * content." The piece itself ("this content", "this post"), never a reported thing ("the report was funded by").
 */
const PAID_FOR_PIECE =
  /^this (?:(?:content|article|story|post|piece|feature|advertorial|page|special (?:section|report)) (?:is|was|has been) (?:paid for|sponsored|commissioned|presented|brought to you)(?: in part)? by\b.{0,400}|is (?:a )?(?:sponsored|paid|partner|branded|advertiser|commercial) (?:content|post|article|feature|partnership)\b.{0,300})$/i;

/**
 * The newsroom had no hand in the piece: "The Washington Post newsroom was not involved in the creation of this
 * content.", "The news and editorial staffs of The New York Times had no role in this post's preparation.", "The Wall
 * Street Journal news organization was not involved in the creation of this content." Also as the second sentence,
 * after the paid-for one. The object is the piece itself ("this content", "this post's preparation"): "The newsroom
 * was not involved in the decision to sell the paper" is news.
 */
const NEWSROOM_NOT_INVOLVED =
  /^(?:[^\n]{0,400}?[.!]\s+)?(?:the )?[^.!?\n]{0,80}?\b(?:newsroom|news (?:and editorial )?(?:staffs?|departments?|organi[sz]ation|team)|editorial (?:and news )?(?:staffs?|departments?|teams?))(?: of [^.!?\n]{1,60}?)? (?:was|were|had|has been) (?:not involved|no (?:role|involvement|part)) (?:in|with) (?:the (?:creation|preparation|production|writing|making) of )?(?:this|the) (?:content|post|article|story|piece|feature|advertisement|advertorial|page)(?:['’]s (?:creation|preparation|production))?\b[^\n]{0,300}$/i;

/**
 * A paid label explained under it, as a popup or a footer prints it: "Paid content is paid for and controlled by an
 * advertiser and produced by the Guardian Labs team.", "Sponsored content is produced by our brand studio on behalf of
 * an advertiser." The label's kind, then what it is, naming the advertiser, sponsor or studio; a report on the trade
 * quotes someone ("…, she said").
 */
const PAID_LABEL_EXPLAINED =
  /^(?:paid|sponsored|partner|advertiser|branded|supported|commercial) content is (?:paid for|funded|produced|created|controlled|written)\b(?!.*\b(?:said|says|according to)\b).{0,200}\b(?:advertisers?|sponsors?|brand (?:studio|partner)s?|labs|studio)\b.{0,200}$/i;

export const SPONSORED_CONTENT_LINES: readonly RegExp[] = [PAID_FOR_PIECE, NEWSROOM_NOT_INVOLVED, PAID_LABEL_EXPLAINED];
