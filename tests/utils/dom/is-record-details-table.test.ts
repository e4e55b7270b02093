import { describe, expect, it } from 'vitest';
import { isRecordDetailsTable } from '../../../utils/dom/is-record-details-table';
import { elementOf } from './element-of';

const row = (label: string, value: string): string => `<tr><th>${label}</th><td>${value}</td></tr>`;

describe('isRecordDetailsTable', () => {
  it.each([
    [
      'a media hub’s news info table',
      `<table>${row('Date Taken:', '03.09.2021')}${row('Date Posted:', '03.11.2021 14:22')}${row('Story ID:', '391554')}${row('Location:', 'FORT HALVERN, KANSAS, US')}${row('Web Views:', '212')}${row('Downloads:', '3')}</table>`,
    ],
    [
      'a photo archive’s record without colons',
      `<table>${row('Image ID', '6551874')}${row('Resolution', '4000x2667')}${row('File Size', '2.1 MB')}</table>`,
    ],
  ])('should read %s as a record table', (_case, html) => {
    expect(isRecordDetailsTable(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a table of the story’s own figures',
      `<table>${row('Fort Halvern', '1,204 soldiers')}${row('Fort Marlow', '980 soldiers')}${row('Camp Reyes', '455 soldiers')}</table>`,
    ],
    [
      'a table with one record label only',
      `<table>${row('Location', 'Dugway Proving Ground')}${row('Aircraft', 'tiltrotor')}${row('Payload', '300 pounds')}</table>`,
    ],
    [
      'a three-column table',
      '<table><tr><th>Date posted</th><td>Nov. 3</td><td>x</td></tr><tr><th>Views</th><td>212</td><td>y</td></tr><tr><th>Downloads</th><td>3</td><td>z</td></tr></table>',
    ],
    ['a box that is no table', `<div><p>Date Taken: 03.09.2021</p><p>Story ID: 391554</p><p>Web Views: 212</p></div>`],
  ])('should leave %s', (_case, html) => {
    expect(isRecordDetailsTable(elementOf(html))).toBe(false);
  });
});
