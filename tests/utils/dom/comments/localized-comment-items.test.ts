import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LOCALIZED_CANDIDATES, localizedCommentItems } from '../../../../utils/dom/comments/localized-comment-items';

const itemsIn = (html: string): string[] => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const candidates = [...document.querySelectorAll(LOCALIZED_CANDIDATES)] as unknown as Element[];
  return [...localizedCommentItems(candidates)].map((element) => (element.textContent ?? '').trim());
};

describe('localizedCommentItems', () => {
  it.each([
    [
      'Spanish comments (`li.comentario` under "Comentarios (2)")',
      '<section class="comentarios"><h3>Comentarios (2)</h3><ul><li class="comentario"><p>Ya era hora.</p></li><li class="comentario"><p>Ojalá.</p></li></ul></section>',
      ['Ya era hora.', 'Ojalá.'],
    ],
    [
      'German comments (`div.kommentar-item` under "Kommentare")',
      '<div><h2>Kommentare</h2><div class="liste"><div class="kommentar-item">Gut so.</div><div class="kommentar-item">Naja.</div></div></div>',
      ['Gut so.', 'Naja.'],
    ],
    [
      'French reactions under a prefix (`li.fig-reaction` under "Réactions (48)")',
      '<section><div class="head"><h2>Réactions (48)</h2><a href="#">Les plus récentes</a></div><ul><li class="fig-reaction"><p>Même constat.</p></li><li class="fig-reaction"><p>Enfin.</p></li></ul></section>',
      ['Même constat.', 'Enfin.'],
    ],
    [
      'Polish entries (`li.wpis` under "Komentarze")',
      '<div id="opinions"><div class="head"><h3>Komentarze</h3><p>Zasady komentowania</p></div><ul><li class="wpis">Potwierdzam.</li><li class="wpis">Dość.</li></ul></div>',
      ['Potwierdzam.', 'Dość.'],
    ],
    [
      'Dutch reactions (`div.reactie` under "Reacties")',
      '<section><h2>Reacties</h2><div><div class="reactie">Eens.</div><div class="reactie">Oneens.</div></div></section>',
      ['Eens.', 'Oneens.'],
    ],
    [
      'Spanish comments under a `header` of their own (heading and rules)',
      '<section><header><h3>Comentarios</h3><p>Normas de participación</p></header><ul><li class="comentario">Ya era hora.</li><li class="comentario">Ojalá.</li></ul></section>',
      ['Ya era hora.', 'Ojalá.'],
    ],
    [
      'Korean replies (`li.reply_item` beside a "댓글 3" head)',
      '<div class="reply_wrap"><div class="reply_top"><h3>댓글 3</h3><p>댓글 운영 정책</p></div><ul class="reply_list"><li class="reply_item">반갑네요</li><li class="reply_item">좋아요</li></ul></div>',
      ['반갑네요', '좋아요'],
    ],
    [
      'a news forum\'s entries (`div.forum-entry` under "Diskutieren Sie mit")',
      '<section id="forum"><h2>Diskutieren Sie mit</h2><p>37 Beiträge</p><div class="forum-list"><div class="forum-entry"><p>Endlich.</p></div><div class="forum-entry"><p>Zu teuer.</p></div></div></section>',
      ['Endlich.', 'Zu teuer.'],
    ],
  ])('should name the items of %s', (_case, html, items) => {
    expect(itemsIn(html)).toEqual(items);
  });

  it.each([
    ['a lone comment', '<section><h3>Comentarios</h3><div class="comentario"><p>Uno.</p></div><p>Más</p></section>'],
    [
      'a Q&A page of answers under no comment heading',
      '<div class="qna"><h3>Answers</h3><ul><li class="reply_item">Use a ladder.</li><li class="reply_item">Call a roofer.</li></ul></div>',
    ],
    [
      'a list named in the plural',
      '<section><h3>Comentarios</h3><ul class="comentarios"></ul><ul class="comentarios"></ul></section>',
    ],
    [
      'a story paragraph list of commentaries',
      '<div class="article"><h2>Dos comentarios</h2><p class="comentario-editorial">El gobierno…</p><p class="comentario-editorial">La oposición…</p></div>',
    ],
    [
      'a row of emoji reaction buttons in the section head',
      '<section><h3>Comments</h3><div class="bar"><button class="reaction">👍 3</button><button class="reaction">❤ 1</button></div><p>Sign in</p></section>',
    ],
    [
      "a German site's article list of posts (`div.beitrag`) under no comment heading",
      '<div><h2>Neueste Beiträge</h2><div class="liste"><div class="beitrag">Stadtrat tagt</div><div class="beitrag">Freibad öffnet</div></div></div>',
    ],
    [
      'a story section on reactions to the vote',
      '<section><h2>Reactions</h2><div><p class="reaction">The mayor welcomed it.</p><p class="reaction">The union did not.</p></div></section>',
    ],
    [
      "a forum software's thread list (`li.forum-item`) under no comment heading",
      '<div><h2>Latest topics</h2><ul><li class="forum-item">Best winter tyres?</li><li class="forum-item">Roof rack noise</li></ul></div>',
    ],
  ])('should leave %s alone', (_case, html) => {
    expect(itemsIn(html)).toEqual([]);
  });
});
