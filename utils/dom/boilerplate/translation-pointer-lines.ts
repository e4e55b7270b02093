/**
 * A bilingual page's pointer to its other language, on a line of its own at the top of the story: "(English version
 * below)", "Leagan Gaeilge ar chlé, English version on the right.", "Version française ci-dessous", "（中文版本見下文）".
 * Hong Kong, Welsh, Irish and Canadian outlets that print both languages on one page open the story so; the pointer
 * is a reading aid, not the story. Only the whole short line: a sentence about a version ("The English version of
 * the report, published below the Welsh one, drew criticism") goes on and stays.
 */
export const TRANSLATION_POINTER_LINES: readonly RegExp[] = [
  // English: "(English version below)", "English translation follows", "Scroll down for English"; an opening clause
  // for the other language before a comma ("Leagan Gaeilge ar chlé, English version on the right.").
  /^[(（[]?(?:[^.!?,()（）]{2,40},\s*)?(?:(?:an? )?\p{L}+ (?:version|translation|text)(?: of this (?:article|story))? (?:is )?(?:below|above|follows|further down|on the (?:right|left))|scroll down for (?:the )?\p{L}+(?: version)?)[.)）\]]?$/iu,
  // French and Spanish: "Version française ci-dessous", "Traduction anglaise plus bas", "Versión en inglés abajo".
  /^[(（[]?(?:version|traduction) (?:en )?\p{L}+ (?:ci-dessous|ci-dessus|plus bas|plus haut)[.)）\]]?$/iu,
  /^[(（[]?(?:versi[óo]n|traducci[óo]n|versi[óo]) (?:en |al )?\p{L}+ (?:abajo|m[áa]s abajo|a continuaci[óo]n|a sota|m[ée]s avall)[.)）\]]?$/iu,
  // Chinese: "（中文版本見下文）", "英文版在下方", "English version below" set in Chinese brackets is the first rule's.
  /^[(（]?(?:中文|英文|英語|英语)(?:版本?|翻譯|翻译)(?:請|请)?(?:見|见|在|載於|载于)?(?:下文|下方|下面|文末|後|后)[)）]?$/u,
  // WPML's line over a post that has translations, in its default English and as sites translate it: "This post is
  // also available in: English", "This page is also available in: Français, 日本語", "Dieser Beitrag ist auch
  // verfügbar in: English", "Cet article est également disponible en : English", "Esta entrada también está disponible
  // en: English". The list of language names after the colon, nothing else.
  /^(?:this (?:post|page|article|entry) is also available in|(?:dieser beitrag|diese seite) ist auch (?:verfügbar|verfuegbar) (?:in|auf)|(?:cet article|cette page) est (?:également|aussi) disponible en|(?:esta (?:entrada|página)|este artículo) (?:también|tambien) está disponible en)\s*:\s*[^.!?:;]{2,80}$/iu,
];
