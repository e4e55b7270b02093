import { describe, expect, it } from 'vitest';
import { EMAIL_LINES } from '../../../../utils/dom/boilerplate/email-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => EMAIL_LINES.some((pattern) => pattern.test(line));

describe('EMAIL_LINES', () => {
  it.each([
    "This week's Courier is supported by Dunmore Hardware & Feed, serving the valley since 1951.",
    "Today's newsletter is sponsored by Acme Insurance.",
    'This edition is brought to you by Kessler Seed & Supply. Stop in on Front Street.',
    "This month's Ledger Digest is made possible by the Hollins Foundation.",
    'View this email in your browser',
    'View in browser',
    'Read this newsletter online.',
    'Having trouble viewing this email? View it online',
    'Forward to a friend',
    'Forward this email to a friend',
    // A mail client's signature under a post sent in by e-mail.
    'Sent from my iPhone',
    'Sent from my BlackBerry® wireless device',
    'Sent from my Verizon Wireless BlackBerry',
    'Sent from my HTC One',
    'Sent from my phone, so forgive the typos',
    'Sent from my iPad.',
  ])('drops the newsletter line: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // Stories about sponsors, browsers and forwarding keep their sentences.
    'The festival was sponsored by Acme, she said.',
    "This year's festival is sponsored by the Rotary Club.",
    "Today's event is sponsored by the library, organizers said.",
    'This program is supported by a state grant, according to the council.',
    'View the full report online.',
    'Forward the email to your lawyer, the clerk advised.',
    'Residents can view the plans online or at the village office.',
    // Stories about messages sent from phones, and other things sent from somewhere, go on.
    'Sent from my hospital bed, these letters were the only news my family had.',
    'Sent from my phone at 3am, the message read: I am safe.',
    'Sent from my iPhone, the text said the ferry had turned back.',
    'Sent from my office in Leeds every Friday, the parcels reached all 40 schools.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
