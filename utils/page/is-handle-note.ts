/**
 * The writer's social-media handle on a line of its own under the story, as US papers close a staff story under the
 * writer's e-mail address: "Twitter @MollyWardTrib" (Tribune Publishing's papers, 2010s), "Twitter: @annlee",
 * "Instagram @annlee", "Follow her on Twitter @annlee". A network's name and one handle, nothing else: a sentence that
 * mentions a handle ("The mayor posted on Twitter @villagehall that …") goes on and never matches.
 */
const HANDLE_NOTE =
  /^(?:follow\s+(?:me|him|her|them|us)\s+on\s+)?(?:twitter|x|instagram|threads|bluesky|mastodon|facebook|tiktok)\s*:?\s+@[\p{L}\p{N}_.]{1,30}\.?$/iu;

/** True for a closing line that is only the writer's handle on a named network (see `HANDLE_NOTE`). */
export function isHandleNote(text: string): boolean {
  return HANDLE_NOTE.test(text.trim());
}
