import { describe, expect, it } from 'vitest';
import { loadNerResources } from '../../../utils/entities/load-ner-resources';
import type { RawMention } from '../../../utils/entities/raw-mention';
import { reviseMentions } from '../../../utils/entities/revise-mentions';
import { tokenize } from '../../../utils/entities/tokenize';

/** Revises one tagged span of `text` (token indices) and returns `type:text` of what is left. */
function revise(text: string, from: number, to: number, type: RawMention['type']): string[] {
  const tokens = tokenize(text);
  const revised = reviseMentions([{ tokens: tokens.slice(from, to), type }], tokens, loadNerResources().gazetteer);
  return revised.map((m) => `${m.type}:${text.slice(m.tokens[0]?.start, m.tokens[m.tokens.length - 1]?.end)}`);
}

describe('reviseMentions', () => {
  it.each<[string, number, number, RawMention['type'], string[]]>([
    ['the Korean People’s Army said', 1, 3, 'place', ['organization:Korean People’s Army']],
    ['the Eberhard Faber GmbH plant', 1, 3, 'person', ['organization:Eberhard Faber GmbH']],
  ])('should widen %j into the organization it names', (text, from, to, type, expected) => {
    expect(revise(text, from, to, type)).toEqual(expected);
  });

  it.each<[string, number, number, RawMention['type'], string[]]>([
    ['Russia’s Army said', 0, 1, 'place', ['place:Russia']],
    ['Putin’s office said', 0, 1, 'person', ['person:Putin']],
  ])('should keep %j as tagged: a place or person owning something', (text, from, to, type, expected) => {
    expect(revise(text, from, to, type)).toEqual(expected);
  });

  it.each<[string, number, number, RawMention['type'], string[]]>([
    ['3. Kofi Mensah ( Ghana ) 10.24', 5, 6, 'organization', ['place:Ghana']],
    ['Portugal beat the hosts', 0, 1, 'person', ['place:Portugal']],
  ])('should type a country name %j as a place whatever the tagger guessed', (text, from, to, type, expected) => {
    expect(revise(text, from, to, type)).toEqual(expected);
  });

  it.each<[string, number, number, RawMention['type'], string[]]>([
    ['protests by Kurds in the north', 2, 3, 'organization', []],
    ['Shiite leaders met', 0, 1, 'place', []],
    ['many North Korean soldiers', 1, 3, 'place', []],
  ])('should drop %j: a nationality or a religious or ethnic group', (text, from, to, type, expected) => {
    expect(revise(text, from, to, type)).toEqual(expected);
  });

  it.each<[string, number, number, RawMention['type'], string[]]>([
    ['the Muslim Brotherhood said', 1, 3, 'organization', ['organization:Muslim Brotherhood']],
    ['the Jewish Museum opened', 1, 3, 'organization', ['organization:Jewish Museum']],
  ])('should keep %j: a name that only starts with a group word', (text, from, to, type, expected) => {
    expect(revise(text, from, to, type)).toEqual(expected);
  });

  it.each<[string, number, number, RawMention['type'], string[]]>([
    ['beat German Michael Volmark 6-4', 1, 4, 'place', ['person:Michael Volmark']],
    ['and American Sarah Korva won', 1, 4, 'person', ['person:Sarah Korva']],
  ])('should cut the nationality off a person in %j', (text, from, to, type, expected) => {
    expect(revise(text, from, to, type)).toEqual(expected);
  });

  it.each<[string, number, number, RawMention['type'], string[]]>([
    ['the German Marshall Fund said', 1, 4, 'organization', ['organization:German Marshall Fund']],
    ['German Volmark won', 0, 2, 'person', ['person:German Volmark']],
  ])(
    'should keep %j whole: an organization, or no first name after the nationality',
    (text, from, to, type, expected) => {
      expect(revise(text, from, to, type)).toEqual(expected);
    },
  );
});
