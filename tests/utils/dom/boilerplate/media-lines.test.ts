import { describe, expect, it } from 'vitest';
import { MEDIA_LINES } from '../../../../utils/dom/boilerplate/media-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => MEDIA_LINES.some((pattern) => pattern.test(line));

describe('MEDIA_LINES', () => {
  it.each([
    'Listen on: Spotify | Apple Music | Bandcamp',
    'Stream it: Spotify, Tidal and Deezer',
    'Buy: Bandcamp / Amazon',
    'Listen here: YouTube Music',
    '(37 votes, average: 4.22 out of 5)',
    '1 vote, average: 5.00 out of 5',
    'Merch for this release: Cassette, Vinyl LP',
    'Merch for this release: Compact Disc (CD), 2 x Vinyl LP',
    "Get tickets to Marrow Coast's upcoming shows here.",
    'Grab tickets for the spring tour now!',
    'Now playing in theaters',
    'In cinemas Friday',
    'Now streaming on Netflix',
    'Buy the book: Bookshop | Amazon | Barnes & Noble',
    'Order a copy: Waterstones, Foyles and Hive',
    'Running time: 2 hours 20 minutes, including one interval',
    'Running time: 2hrs 30mins with interval',
    'Runtime: 114 min.',
    'Running time: 90 minutes, no intermission',
  ])('drops the music page’s furniture line: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Prose that names a store, a vote, a date or tickets goes on.
    'Listen on Spotify to the first single, which she recorded in a single afternoon.',
    'Listen closely: the organ comes in on the second verse.',
    'The band sold out the Crocodile on 02/11 and added a second night @ the same venue the next week.',
    'Fans cast 37 votes, an average of 4.22 out of 5, in the magazine’s poll of the year’s best albums.',
    'Get tickets to the reunion show and you will pay more than twice what they cost in 1998.',
    'The merch for this release includes a cassette that plays the album backwards.',
    'Spotify, Apple Music and Bandcamp all carry the record from Friday.',
    'The tour dates were announced on Monday, and most shows sold out within the hour.',
    'Now playing in theaters across the country, the film has already earned back its budget.',
    'Now streaming on every service she could find, the album has still not found its audience.',
    'Buy the book from Bookshop and the author gets a bigger share of the price.',
    'Bookshop, Amazon and Barnes & Noble all sold out of the first printing within a week.',
    "Running time: the winner's was 2:08:14, a course record.",
    'Running time was the first thing the producers cut, from three hours to two.',
    'Running time: 2 hours 20 minutes felt long for a play with so little plot.',
    // A tour announcement's shows are its news: the lines stay, only a box of them goes (isTourDatesBox).
    '02/11 – Seattle, WA @ The Crocodile',
    'Marrow Coast 2027 Tour Dates',
  ])('keeps prose: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
