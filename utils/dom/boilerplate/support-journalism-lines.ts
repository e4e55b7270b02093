/**
 * The ask to pay for local news that papers close a story with, after a sentence of thanks or need: "Our subscribers
 * make this coverage possible. Support local journalism by subscribing to the Green Bay Press-Gazette at …" (Gannett's
 * papers of 2019), "Please consider supporting local journalism with a digital subscription.", "Subscribe today to
 * support local journalism." The imperative, with how to pay, opens the line or the sentence after one short sentence;
 * a line reporting it ("Readers can support local journalism by subscribing, she said") is the story's. Also the
 * standing lead-in to the subscription offer of Australian Community Media's mastheads: "Our journalists work hard to
 * provide local, up-to-date news to the community. This is how you can continue to access our trusted content:". And
 * the ask in the first person, for a subscription only: "Thank you for relying on us to provide the journalism you can
 * trust. Please consider supporting us with a subscription." (Advance Local's papers, 2020-2021: NJ.com, al.com,
 * cleveland.com, MLive, OregonLive, PennLive), "Support us by subscribing." A charity's "supporting us with a
 * donation" may close its own news post, which the post's reader keeps: only a subscription is asked for here.
 */
const NOT_REPORTED = String.raw`(?!.*\b(?:said|says|told|tells|according to)\b)`;
const ONE_SENTENCE_BEFORE = String.raw`(?:[^.!?]{1,120}[.!?]\s+)?`;
const KIND = String.raw`(?:independent|local|quality|trusted|community|our|this)`;
const HOW_TO_PAY = String.raw`(?:subscribing|(?:a|your) (?:digital )?subscription|becoming a (?:subscriber|member|donor)|donating|(?:making|a) (?:donation|gift))`;
/** How a paper asks to be paid when it names itself "us": a subscription, nothing a charity asks for. */
const HOW_TO_SUBSCRIBE = String.raw`(?:subscribing|(?:a|your) (?:digital )?subscription|becoming a (?:paid |digital )?subscriber)`;

export const SUPPORT_JOURNALISM_LINES: readonly RegExp[] = [
  new RegExp(
    String.raw`^${NOT_REPORTED}${ONE_SENTENCE_BEFORE}(?:please )?(?:consider )?support(?:ing)? ${KIND} journalism(?: today| now)?,? (?:by|with|through) ${HOW_TO_PAY}\b[^!?]{0,120}$`,
    'iu',
  ),
  new RegExp(
    String.raw`^${NOT_REPORTED}${ONE_SENTENCE_BEFORE}(?:please )?(?:consider )?support(?:ing)? us,? (?:by|with|through) ${HOW_TO_SUBSCRIBE}\b[^!?]{0,80}$`,
    'iu',
  ),
  new RegExp(
    String.raw`^${NOT_REPORTED}${ONE_SENTENCE_BEFORE}(?:please )?subscribe(?: today| now)?(?: to [^.!?]{1,60}?)? to support ${KIND} journalism\b[^!?]{0,80}$`,
    'iu',
  ),
  /^our journalists work hard to (?:provide|bring you) [^.!?]{1,80}[.!]\s+this is how you can (?:continue to )?access our (?:trusted )?(?:content|journalism)\b[^.!?]{0,40}[:.]?$/iu,
];
