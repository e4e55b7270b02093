import { describe, expect, it } from 'vitest';
import { CHANNEL_POINTER_LINES } from '../../../../utils/dom/boilerplate/channel-pointer-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => CHANNEL_POINTER_LINES.some((pattern) => pattern.test(line));

describe('CHANNEL_POINTER_LINES', () => {
  it.each([
    "Visit Business Insider's homepage for more stories.",
    'Visit Markets Insider’s homepage for more stories',
    'Find BBC News: East of England on Facebook, Instagram and Twitter. If you have a story suggestion email eastofenglandnews@bbc.co.uk',
    'Find BBC Yorkshire on Facebook, Twitter and Instagram.',
    'Find us on Facebook and Twitter',
    // A question asking the reader in, "Visit" for "Find", the list's commas spaced, and the ask to get updates.
    'Want more harbour news? Find The Daily Tide on Facebook.',
    'Visit the Port Authority on Facebook , Flickr , YouTube and Twitter',
    'Get Harbour Post updates on Twitter.',
  ])('drops the pointer to another channel: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // The story's own sentences about home pages, accounts and handles.
    'Visit the museum’s homepage for opening times before you travel, the curator said.',
    'Residents can find the council on Facebook, where it posts road closures every morning.',
    'Find the nearest shelter on the county website.',
    'Visit the museum on Saturday.',
    'Residents can visit the council on Facebook.',
    'Who was there? Find out on Monday.',
    'Get your flu shot on Tuesday at the clinic on Twitter Road.',
    'Want to help? Find the food bank on Facebook, where it lists what it needs.',
    'Follow the river on foot for two miles until you reach the bridge.',
    'The mayor told followers on Twitter: @cityhall will close at noon, and the library too.',
    'Fans follow the band on Instagram, where it has 2 million followers.',
    // The writer's own account: the Dragnet gold keeps it with the story.
    'Follow Marcas on Twitter @MarcasG',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});

describe('CHANNEL_POINTER_LINES: the closing ask to follow the newsroom', () => {
  it.each([
    'Follow us on Twitter',
    'Follow us on Facebook and Twitter.',
    'Follow Telegraph News on Twitter and Facebook',
    'Follow the Evening Standard on Twitter for the latest travel news.',
    'Follow BBC News NI on Facebook, Instagram and Twitter',
    'Follow Harbour Post on Instagram for all the latest updates.',
    // A section's accounts with a handle in brackets after one of them (the New York Times Opinion section's line).
    'Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.',
    'Follow the Ledger’s sports desk on Twitter (@LedgerSports) and Facebook.',
  ])('should match %j', (line) => {
    expect(CHANNEL_POINTER_LINES.some((pattern) => pattern.test(line))).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Follow Ann Lee on Twitter @annlee',
    'Follow Ann Lee on Twitter.',
    'Follow the river path for two miles and the hide is on the left.',
    'Follow the money, the auditor told the committee, and you will find the contractor on Facebook.',
    'Fans who follow the club on Twitter were told of the signing before the players were.',
    // A writer's own account with the handle in brackets stays with the story, as above.
    'Follow Ann Lee on Twitter (@annlee).',
  ])('should not match %j', (line) => {
    expect(CHANNEL_POINTER_LINES.some((pattern) => pattern.test(line))).toBe(false);
  });
});

describe('CHANNEL_POINTER_LINES: the pointer to the live page', () => {
  it.each([
    'Follow our live coverage of the Redding trial here.',
    'Read our live updates from the courthouse here',
    'For live updates from the verdict, click here.',
    'Catch up on all of our live coverage of the election here.',
  ])('should match %j', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Viewers followed the live coverage here in town all week, the station said.',
    'Follow our live coverage of the trial, which resumes on Monday at 9 a.m.',
    'The live updates from the courthouse stopped when the judge cleared the room here.',
  ])('should leave %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});

describe('CHANNEL_POINTER_LINES: the pointer to the network’s stream and hub', () => {
  it.each([
    'For news and updates throughout the weekend at the Harbour Regatta, stay tuned to this StoryStream. For all your sailing news as the season closes, visit Harbour Nation’s sailing hub.',
    'For more Harbour FC news, visit our Harbour FC hub.',
    'For the latest election coverage, head over to our politics section.',
  ])('should match %j', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'For the council, the vote was a relief.',
    'For news of the flood, residents should visit the county’s emergency page.',
    'For updates on the road closure, the county said it would post on its page every morning.',
    'For more news like this, the paper hired two reporters and opened a bureau in the valley.',
  ])('should not match %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});
