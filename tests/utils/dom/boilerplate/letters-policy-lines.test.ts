import { describe, expect, it } from 'vitest';
import { LETTERS_POLICY_LINES } from '../../../../utils/dom/boilerplate/letters-policy-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => LETTERS_POLICY_LINES.some((pattern) => pattern.test(line));

describe('LETTERS_POLICY_LINES', () => {
  it.each([
    "Letters to the editor must be under 250 words and include the writer's name, address and daytime telephone number for verification. Only the name and town will be published.",
    "Letters should be sent with the writer's name, address, and daytime phone number via e-mail to themail@example.com. Letters may be edited for length and clarity, and may be published in any medium. We regret that owing to the volume of correspondence we are unable to reply to every letter.",
    'Letters policy: Letters must be 200 words or fewer and include your full name and hometown.',
    'All letters are subject to editing for length and clarity and must include a name, address and phone number for verification.',
    'Letters may be edited for length, clarity and libel.',
    'To submit a letter: Letters and guest columns should be no more than 400 words and include the writer’s name and city.',
  ])('drops a letters page’s rules for writing in: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Somebody's rules reported, with who set them.
    "Letters must include the writer's name and address, the county clerk said, or they will not be read into the record.",
    // Whose letters they are named: a story about a council's rules.
    'Letters sent to the council must include the resident’s name and address under the new rules.',
    // A letter of the story, or a reader's own words about letters.
    'Letters from my grandfather may be the only record of his 300 words of Welsh.',
    'Letters were delivered twice a week, and every one had to be signed by the camp commander.',
    // A rule for letters with none of the rules papers set.
    'Letters must be postmarked by Dec. 1 to count toward the petition.',
    // The article's own note stays.
    'Letters have been edited and condensed.',
  ])('keeps a story’s sentence: %s', (line) => {
    expect(matches(line)).toBe(false);
  });

  it.each([
    'The Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any of our articles. Here are some tips. And here’s our email: letters@nytimes.com.',
    'Have thoughts on this story? Send a letter to the editor to letters@harbourpost.example.',
    'What are your thoughts? Write a letter to the editor using our online form.',
  ])('drops the invitation to write in under an opinion piece: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Somebody's letters, with who wrote them or what they said.
    'She wrote more than 200 letters to the editor over four decades, most of them about the harbour.',
    'In letters to the editor, residents told the paper what they think of the plan: most of them hate it.',
    // Letters to the editor in a story, with neither an address nor an ask.
    'The paper printed letters to the editor from both candidates on the same page.',
    // An address in a story that is not about letters to the editor.
    'Tips can be sent to the county at fraud@county.example, the auditor said.',
  ])('keeps a story’s sentence about letters: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
