import { describe, expect, it } from 'vitest';
import { isDekText, isProseDek } from '../../../utils/dom/dek-text';

describe('isDekText', () => {
  it.each([
    'Campaigners welcome U-turn after petition',
    'Agency’s quest is a marathon effort; the town’s workout culture',
    'Futures rose as much as 2.8% in London on Friday',
  ])('should read %j as a dek', (text) => {
    expect(isDekText(text)).toBe(true);
  });

  it.each([
    ['a name', 'Jenna Brooks'],
    ['a byline', 'By Megan Hartwell and Tom Reddaway'],
    ['a meta row', 'By HANA ISHIKAWA | Banner and Anchor • Published: November 27, 2026'],
    ['a posted-by line', 'Posted by newunionism under internationalism, new unionism, organizing'],
    ['a breadcrumb', 'Home • The White House Blog'],
    ['a date and time', 'Wednesday, November 07, 2012 | 2:00 PM'],
    ['a line ending on a date', 'Medically Reviewed by Priya Raman, MD on November 25, 2026'],
    ['an agency and a time', 'The Associated Press – 1 hour 14 minutes ago'],
    ['a staff byline, date and update stamp', 'Valley Tribune staff Nov 26, 2026 Updated 2 hrs ago'],
    ['a byline and a posted stamp', 'Daily Ledger staff writer Posted 45 minutes ago'],
    ['a contact line', 'I write and edit the Harbour Post. Send me things at ann@harbour.example'],
  ])('should not read %s as a dek', (_, text) => {
    expect(isDekText(text)).toBe(false);
  });
});

describe('isProseDek', () => {
  it.each([
    'Boats are back two years after the storm, and the quay is busy again.',
    'September births up 6.1% on-year; fertility rate seen at 0.80 for 2026',
    'Firefighters are still battling a grass fire that broke out east of town 3 days ago',
    'The county posted 12 new job openings and updated its hiring rules two weeks ago',
    // A script without case: its words count as not capitalised.
    'প্রায় ছ’শো হাতে লেখা পুঁথি স্ক্যান করে অনলাইনে রাখা হবে, জানালেন গ্রন্থাগারের সম্পাদক।',
    'शहर में करीब 18 हजार ई-रिक्शा चलते हैं और ज्यादातर की बैटरी घरों में चार्ज होती है',
  ])('should read %j as a dek', (text) => {
    expect(isProseDek(text)).toBe(true);
  });

  it.each([
    ['a short button', 'Add this recipe to ZipList!'],
    ['a title-case credit', 'Rhiannon Pryce Lecturer in Urban Ecology, University of Leeds'],
    ['a title-case subtitle', 'Agency’s Quest Is Marathon Effort; Washington’s Workout Culture Shifts'],
    [
      'a photo caption with its credit',
      'President Ann Lee tours the steel works in Youngstown, Ohio, May 18, 2010. (Jim Watson/AFP/Getty Images)',
    ],
    ['a byline', 'By Ann Lee, Harbour Post staff writer, reporting from the quay'],
    ['a short line in a script without case', 'নিজস্ব সংবাদদাতা, হাওড়া'],
  ])('should not read %s as a dek', (_, text) => {
    expect(isProseDek(text)).toBe(false);
  });
});

describe('isProseDek and a story lead opening on its dateline', () => {
  it.each([
    'WASHINGTON (AP) — The Senate voted on Tuesday to extend the harbour dredging fund for two more years.',
    'KAMPOT, Cambodia (Reuters) - A new 42-kilometre road linking the provincial town to the coast opens in January.',
    'កំពត (FN)៖ ផ្លូវថ្មីប្រវែង ៤២ គីឡូម៉ែត្រ នឹងបើកឱ្យប្រជាពលរដ្ឋប្រើប្រាស់នៅខែមករា ឆ្នាំ២០២៧ ខាងមុខនេះ។',
  ])('should not read %j as a dek', (text) => {
    expect(isProseDek(text)).toBe(false);
  });

  it.each([
    'The vote (the third this year) — and the fund it extends — leave the harbour board two more years to plan.',
    'A new road will link the town to the coast (and its ferry) from January, the province says.',
  ])('should still read %j, with brackets of its own, as a dek', (text) => {
    expect(isProseDek(text)).toBe(true);
  });
});
