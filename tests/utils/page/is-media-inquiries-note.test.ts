import { describe, expect, it } from 'vitest';
import { isMediaInquiriesNote } from '../../../utils/page/is-media-inquiries-note';
import { readClosingLines } from '../../../utils/page/read-closing-lines';
import { splitLines } from '../../../utils/page/split-lines';

describe('isMediaInquiriesNote', () => {
  it.each([
    'The Lakeshore State Nurses Association represents more than 14,000 registered nurses. For media inquiries, contact Derek Lindholm, Communications Director, at 555-0193.',
    'For press enquiries please email press@harbourtrust.org.uk',
    'Media inquiries: Ann Lee, 555-014-2200',
    'The district serves 4,200 students in six schools. For news queries call (814) 555-0140.',
  ])('should read %j as the press boilerplate', (text) => {
    expect(isMediaInquiriesNote(text)).toBe(true);
  });

  it.each([
    // The story reports where inquiries went; no sentence opens with the label.
    'A spokesperson referred media inquiries to the state health department at 555-0100 on Friday.',
    // The label without a way to reach anyone.
    'For media inquiries, please use the form on our website.',
    // A story sentence about inquiries, with a number that is no phone.
    'Press inquiries rose to 1,250,000 this year, the office said.',
  ])('should keep %j', (text) => {
    expect(isMediaInquiriesNote(text)).toBe(false);
  });
});

describe('readClosingLines with a media-inquiries note', () => {
  it('should take the boilerplate line under the release', () => {
    const lines = splitLines(
      'Delegates voted 212 to 37 on Saturday.\nThe hearing is expected in January.\n' +
        'The association represents 14,000 nurses. For media inquiries, contact Derek Lindholm at 555-0193.',
    );
    expect(readClosingLines(lines).taken).toBe(1);
  });
});
