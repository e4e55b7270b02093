/**
 * Hand-written news cue words (our own lists, lowercase). They become tagger features and cleaning rules, so a
 * missing word only costs a hint, never a wrong answer by itself.
 */

/** Words that precede a person's name and are not part of it ("President Vladimir Putin"). */
export const TITLE_WORDS = new Set(
  `president vice prime minister secretary spokesperson spokesman spokeswoman leader chairman chairwoman chair
  chief director general gen. gen sen. sen senator rep. rep representative gov. gov governor mayor king queen prince
  princess pope judge justice ambassador envoy commander marshal marshals admiral adm. lt. col. sgt. capt. maj. major
  colonel captain sergeant lieutenant officer dr. dr mr. mr mrs. mrs ms. ms prof. professor rev. reverend sir lord
  lady dame sheikh emir ceo founder coach manager striker defender goalkeeper foreign defense defence interior
  finance deputy former late acting premier chancellor senior lawyer attorney analyst journalist correspondent
  editor author actor actress singer navy army air force opposition candidate presidential nominee speaker
  u.s. us federal state top aide adviser advisor official officials head`.split(/\s+/),
);

/** Last words of organization names ("Defense Ministry", "Security Council", "Acme Inc."). */
export const ORG_HEAD_WORDS = new Set(
  `ministry agency council department office service services party army navy university college school bank
  company corp corp. corporation inc inc. ltd ltd. llc plc co co. gmbh ag group association committee commission
  court parliament assembly institute foundation union league federation organization organisation bureau police
  guard club fc airlines airways motors industries holdings partners fund authority board cabinet senate congress
  times post journal news press herald tribune telegraph guardian daily broadcasting network tv radio
  television newspaper agency church hospital center centre forces command brigade regiment front movement
  alliance coalition society trust exchange reserve commission administration intelligence`.split(/\s+/),
);

/**
 * Titles that only ever come before a person's name, so a name after one is a person ("Navy Admiral Kim Myong Sik").
 */
export const PERSON_TITLES = new Set(
  `president minister spokesperson spokesman spokeswoman admiral adm. general gen. marshal marshals senator sen.
  governor gov. mayor chairman chairwoman secretary ambassador dr. mr. mrs. ms. prof. king queen prince princess
  judge coach ceo director commander colonel col. captain capt. lieutenant lt. sgt. maj. premier chancellor pope
  leader envoy`.split(/\s+/),
);

/** Legal-form suffixes that make the name before them a company ("Eberhard Faber GmbH"); common facts, lowercase. */
export const LEGAL_FORMS = new Set(
  'inc inc. corp corp. co co. ltd ltd. llc plc gmbh ag sa s.a. nv n.v. bv b.v. spa s.p.a. ab oy lp llp'.split(' '),
);

/**
 * Words that make a name a geographic feature, and so a place, whatever the tagger guessed: first words ("Lake
 * Senna", "Mount Kenya", "Cape Horn") and last words ("Caldera Valley", "Mekong River", "Korean Peninsula").
 * Ambiguous heads that are also common surnames or given names ("Bay", "Sea", "Hill", "Park") are left out.
 */
export const PLACE_FIRST_WORDS = new Set('lake lakes mount mt mt. cape gulf isle'.split(' '));
export const PLACE_LAST_WORDS = new Set(
  'river valley ocean peninsula strait straits desert mountains islands island lagoon glacier delta reservoir canyon plateau'.split(
    ' ',
  ),
);

/**
 * Religious and ethnic groups named by a plural or adjective ("Jews", "Shiite", "Kurds"): CoNLL MISC like
 * nationalities, never a person, place or organization on their own. General knowledge, lowercase.
 */
export const GROUP_WORDS = new Set(
  `jew jews jewish christian christians muslim muslims moslem moslems hindu hindus sikh sikhs buddhist buddhists
  catholic catholics protestant protestants orthodox evangelical evangelicals mormon mormons sunni sunnis shiite
  shiites shia shias alawite alawites druze copt copts coptic yazidi yazidis kurd kurds kurdish arab arabs
  palestinian palestinians pashtun pashtuns tamil tamils uighur uighurs uyghur uyghurs rohingya hutu hutus tutsi
  tutsis roma berber berbers bedouin bedouins`.split(/\s+/),
);
