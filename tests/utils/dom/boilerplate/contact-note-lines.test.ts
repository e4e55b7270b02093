import { describe, expect, it } from 'vitest';
import { CONTACT_NOTE_LINES } from '../../../../utils/dom/boilerplate/contact-note-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => CONTACT_NOTE_LINES.some((pattern) => pattern.test(line));

describe('CONTACT_NOTE_LINES', () => {
  it.each([
    'Reach Megan Laurent at 555-201-4417 or mlaurent@pinehollowregister.example.',
    'Contact reporter Ann Lee at (608) 555-0142 or alee@journal.example',
    'Reach Ann Lee at 608-555-0142.',
    'Reach reporter Ann K. Lee at 608.555.0142, ext. 221.',
    'Contact staff writer Bo Ek at 608-555-0142.',
    'Email Ann Lee at 608-555-0142 or alee@journal.example. Follow her on X @annlee.',
    "Reach Dana O'Neill at +1 608-555-0142 and doneill@paper.example",
    // The local seven digits alone, as a small paper prints its own exchange.
    'Reach Dana Kessler at 555-0138 or dkessler@courier.example.',
    'Reach Bo Ek at 555.0142.',
  ])('drops the note on how to reach the writer: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Whom the story sends readers to: a service, an office, a named person without a writer's role.
    'Contact the Pine Hollow Food Pantry at 555-201-4417 or info@pantry.example.',
    'Contact Ann Lee at 608-555-0142.',
    'Call the county hotline at 608-555-0142.',
    'Families who need a ride can call 608-555-0142 or email rides@district.example.',
    'Reach out to the district at 608-555-0142 if your child needs a bus.',
    'Contact Ann Lee at 555-0142.',
    'Call the clinic at 555-0142 or clinic@county.example to book a shot.',
    // Prose that merely mentions reaching someone.
    'Reach Megan Laurent at home and she will tell you the same story, Aldana said.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    'To contact the reporter on this story: Ann Lee in London at alee@bloomberg.net',
    'To contact the reporters on this story:',
    'To contact the editors responsible for this story: Bo Ek at bek@bloomberg.net Ray Tam',
    'Henrik Solvang in Oslo at hsolvang@bloomberg.net;',
    'Rafal Kowalczyk at rkowalczyk@bloomberg.net',
  ])('drops the wire’s closing lines on whom to contact: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // The story's sentences about contacting a reporter, or a name with an address in a sentence.
    'To contact the reporter, the source used a phone bought for cash, the court heard.',
    'To contact the editors, readers once had to write to the paper’s office on Harbour Street.',
    'Ann Lee at the county clerk’s office said the forms were due Friday.',
    'Questions can be sent to Ann Lee at alee@county.example before the hearing.',
  ])('keeps the story’s line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });

  it.each([
    'Coaches are asked to report results by 10 p.m. to sports@valleyherald.example or by calling 555-0142.',
    'To report scores, e-mail preps@courier.example.',
    'Coaches can submit results and stats to sports@dailytimes.example or call 608-555-0142.',
    'Send scores and stats to sports@paper.example by 11 p.m.',
  ])('drops the sports desk’s call for results: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // The story's lines about results and scores, with no address or number to send them to.
    'The league asked coaches to report results to the state office by Friday.',
    'Coaches said the results were disappointing, and the school will review its program.',
    'Reports of the scores were sent to the state association at 200 Main St.',
    'Parents can send questions to info@school.example.',
  ])('keeps the story’s line on results: %s', (line) => {
    expect(matches(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
