/** A bio is a sentence or three about the writer; a longer closing line is the story's own paragraph. Characters. */
const MAX_BIO_CHARS = 500;
/** What a bio says of its writer right after the name: who they are, what they cover or write. */
const BIO_VERB = /^ (?:is|was|covers|writes|reports|edits|joined) /u;
const SPACES = /\s+/g;

const lower = (text: string): string => text.replace(SPACES, ' ').trim().toLowerCase();

/** Tests for the writer's bio under a story and for the name line an author box sets above it. */
export interface AuthorBioTest {
  isBio: (text: string) => boolean;
  isName: (text: string) => boolean;
}

/**
 * A test for the writer's bio under a story ("Ann Lee is a staff writer covering …", "Ann covers local politics …")
 * and for the name line an author box sets above it ("Ann Lee"), given the names the byline holds. The name ties
 * it to the writer: a closing line about someone else ("Ben Roe is a fellow at …") is the story's. A name of one
 * word is too common to tell a bio by.
 */
export function authorBioTest(authors: readonly string[]): AuthorBioTest {
  const names = authors.map(lower).filter((name) => name.includes(' '));
  const heads = [...new Set(names.flatMap((name) => [name, name.split(' ')[0] ?? name]))];
  return {
    isBio: (text) => {
      const line = lower(text);
      return (
        line.length <= MAX_BIO_CHARS &&
        heads.some((head) => line.startsWith(head) && BIO_VERB.test(line.slice(head.length)))
      );
    },
    isName: (text) => names.includes(lower(text)),
  };
}
