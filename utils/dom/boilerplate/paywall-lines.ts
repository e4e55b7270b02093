/**
 * A paywall's lines: the offer over a cut-off story, its price and trial, the sign-in line, a paid post's label.
 */
export const PAYWALL_LINES: readonly RegExp[] = [
  // Paywall prompts: the offer over a metered story, its login line, and the label on a paid post.
  /^(?:subscribe|sign up|register|log in|sign in)(?: to [\p{L}\p{N}'’.&-]+(?: [\p{L}\p{N}'’.&-]+){0,4})? (?:now )?to (?:(?:keep|continue) reading\b.{0,120}|continue\W*)$/iu,
  // The offer over a cut-off story: "Subscribe to unlock this article", "Join Fortune for unlimited access to our
  // award-winning journalism.", "Get unlimited access to local news".
  /^(?:subscribe|sign in|log in|register) to (?:unlock|read) (?:this|the full|the rest of (?:this|the)) (?:article|story)\W*$/i,
  /^(?:(?:join|subscribe to) [\p{L}\p{N} .&'’-]{1,40} (?:for|to get)|get|unlock) unlimited (?:digital )?access\b.{0,100}$/iu,
  // A regional paper's offer box: "Want to read more?", "Subscribe to The Northern Echo for just £1 for your first
  // 2 months …", "Subscribe to Premium". The imperative opens the line; a story says "readers can subscribe …".
  /^want to (?:read|keep reading|continue reading)(?: more| on)?\s*\?$/i,
  // The same box in French: "Vous avez envie de lire la suite ?", "Débloquez tous les articles immédiatement.", "Je
  // m'abonne".
  /^(?:vous avez )?envie de lire la suite\s*\?$|^débloquez tous les articles\b.{0,40}$|^je m['’]abonne\W*$/iu,
  // A membership box's pitch and button: "Support independent journalism in English and get unlimited access to all
  // our articles …", "Become a member". The imperative opens the line and the offer follows; a story reports who
  // supports journalism ("Readers support independent journalism …").
  /^support (?:independent|local|quality|our|trusted) journalism\b.{0,80}\b(?:unlimited access|become a member|join (?:us|today|now)|subscribe|membership)\b.{0,100}$/iu,
  /^(?:become a (?:member|supporter)|join (?:now|today))\W*$/iu,
  // Advance Local's ask under every story (NJ.com, al.com, cleveland.com): "Our journalism needs your support. Please
  // subscribe today to NJ.com." The need and the ask to subscribe, both; a story about a paper's finances reports them.
  /^our (?:journalism|reporting|newsroom|work) needs your support\.?\s+(?:please )?subscribe\b.{0,60}$/i,
  // A trial offer opening a pitch's sentence: "… Try The Telegraph free for 1 month with unlimited access to …".
  /^(?:.{0,160}[.!?]\s+)?try [\p{L}\p{N} .&'’-]{1,40} free for (?:\d+|one|a) (?:days?|weeks?|months?) with unlimited access\b.{0,200}$/iu,
  // An offer box's heading alone, naming a product in capitals (case matters: "Subscribe to our updates" is another
  // rule's).
  /^[Ss]ubscribe (?:now )?to \p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,3}\W*$/u,
  // The price is a subscription's: per week, month or year, for the first months, or for access.
  /^(?:subscribe|join)\b.{0,60}\bfor (?:just |only )?[$£€]\d[\d.,]*\s*(?:(?:a|per|\/)\s*(?:week|month|year)\b|for (?:your )?(?:first )?\d+ (?:weeks?|months?)\b|.{0,60}\b(?:unlimited|access|subscription)\b).{0,160}$/iu,
  // The offer of a trial period at a price, with its button: "Get instant access to exclusive stock lists, expert
  // market analysis and powerful tools with 2 months of IBD Digital for only $20! Learn More". The access, the months
  // of the plan and its price, all; a story says what a plan costs in other words.
  /^get (?:instant |unlimited |full )?access to\b.{0,120}\bwith (?:\d+|one|two|three|six) (?:weeks?|months?) of [\p{L}\p{N} .&'’+-]{1,40} for (?:just |only )?[$£€]\d[\d.,]*\W*(?:(?:learn more|subscribe(?: now)?|start now|get started)\W*)?$/iu,
  // A continue-reading offer naming the story and the title's plan, with the button after it: "Continue reading this
  // article with a Barron's subscription. View Options", "Continue reading your article with a WSJ membership".
  /^(?:keep|continue) reading (?:(?:this|your|the) (?:article|story) )?with an? (?:\d+-day )?(?:free )?(?:[\p{L}\p{N}'’.&-]+ ){0,3}?(?:trial|subscription|membership|account)(?:[.!]?\s*(?:view|see|explore|choose) (?:\p{L}+ ){0,2}?(?:options|plans|offers))?\W*$/iu,
  /^(?:create|register for) an? (?:free )?account to (?:keep|continue) reading\b.{0,80}$/i,
  // A paid story's label naming the plan: "This article is exclusive to STAT+ subscribers".
  /^this (?:article|story|post|content) is (?:only )?(?:available |exclusive )?(?:for|to) (?:paid )?(?:[\p{L}\p{N}+.&'’-]+ ){0,3}?(?:subscribers|members)(?: only)?\W*$/iu,
  // The offer in one sentence: "Unlock this article — and get additional analysis … — by subscribing to STAT+."
  /^unlock (?:this|the full|the rest of (?:this|the)) (?:article|story)\b.{0,160}\bby (?:subscribing|becoming a (?:subscriber|member)|signing up)\b.{0,60}$/i,
  /^(?:subscribe|start (?:your )?(?:free )?trial) (?:now|today)\W*$/i,
  // Also a registration wall's: "Already registered or a current subscriber? Login".
  /^already (?:a )?(?:paid )?(?:subscriber|member|registered|have an account)(?: or (?:an? )?(?:current |paid )?(?:subscriber|member))?\W{0,3}\s*(?:(?:log|sign) ?in\W*)?$/i,
  // A meter's offer of free stories for an account, with its login line and button: "Sign up now for free access to 3
  // articles per month. Already have an account? Sign in.", "Create Your Free Account". A count of stories follows
  // the offer; "Sign up now for free access to the pool" is a council's news.
  /^(?:sign up|register|create (?:a |an |your )?(?:free )?account)(?: now| today)? (?:for|to get) (?:free )?access to (?:\d+|one|two|three|five|ten) (?:free )?(?:articles?|stories)\b.{0,150}$/i,
  /^create (?:your|an?) (?:free )?account\W*$/i,
  // The meter's count over its offer: "You have read 2 of 3 free articles this month.", "You have 1 free story left".
  /^you(?:['’]ve| have) (?:read|used|viewed) (?:\d+|one|two|three|four|five) (?:of|out of) (?:your )?(?:\d+|one|two|three|four|five|ten) (?:free )?(?:articles?|stor(?:y|ies))(?: (?:this|per) month)?\W*$|^you have (?:\d+|one|two|three|no) (?:more )?free (?:articles?|stor(?:y|ies)) (?:left|remaining)(?: this month)?\W*$/iu,
  // A premium plan's pitch: a question hook, then the perk "when you subscribe": "Want next-level safety, ad-free?
  // Unlock advanced alerts when you subscribe to Premium+ on our app."
  // The plan is named ("to Premium+"); a story's line is answered or attributed ("…, the county said").
  /^(?=[Ww]ant )(?!.*\b(?:said|says|told|tells)\b)[Ww]ant [^?]{1,60}\?\s+[^?]{0,160}\b(?:when|if) you (?:subscribe|upgrade) to (?:the )?\p{Lu}.{0,120}$/u,
  // The trial button alone on its line: "Try it free for 14 days", "Try Premium free", "Try it for free".
  /^[Tt]ry (?:it|us|[\p{Lu}][\p{L}\p{N}+]*(?: [\p{Lu}][\p{L}\p{N}+]*){0,2}) (?:for )?free(?: for (?:\d+|one|a|seven|thirty) (?:days?|weeks?|months?))?\W*$/u,
  // The same wall in French: "Cet article est réservé aux abonnés. Il vous reste 74% à découvrir.", "Déjà abonné ?
  // Connectez-vous". A story's sentence about subscribers goes on past the label.
  /^(?:(?:cet )?article (?:est )?réservé aux abonnés\W*|(?:cet article est réservé aux abonnés\.?\s*)?il vous reste \d{1,3}\s?% (?:de (?:l['’]article|cet article) )?à (?:découvrir|lire)\W*)$/iu,
  /^déjà abonné(?:e|\(e\))?\s*\?\s*(?:connectez-vous|identifiez-vous|se connecter|je me connecte)?\W*$/iu,
  // The same wall in Spanish and Portuguese, as Latin American and Brazilian Arc XP papers print it: "Contenido
  // exclusivo para suscriptores", "Este artículo es exclusivo para socios", "Conteúdo exclusivo para assinantes", and
  // the login line: "¿Ya tienes una cuenta? Inicia sesión", "¿Ya eres suscriptor? Ingresa", "Já é assinante? Faça seu
  // login". The label is the whole line: a story's "contenido exclusivo para suscriptores de Netflix …" goes on.
  /^(?:(?:este|esta) (?:contenido|nota|art[íi]culo|noticia) es )?(?:contenido |nota |art[íi]culo )?exclusiv[oa] para (?:suscriptores|socios|miembros|abonados)\W*$/iu,
  /^(?:(?:este|esta) (?:conteúdo|matéria|reportagem) é )?(?:conteúdo |matéria )?exclusiv[oa] (?:para|de|a) assinantes\W*$/iu,
  /^¿?\s*ya (?:tienes|tenés|tiene) (?:una )?cuenta\s*\?\s*(?:inicia sesión|iniciá sesión|ingresa|ingresá|entra|entrá)?\W*$/iu,
  /^¿?\s*ya eres (?:suscriptora?|socia?|miembro)\s*\?\s*(?:inicia sesión|ingresa|entra)?\W*$/iu,
  /^já é assinante\s*\?\s*(?:faça (?:seu |o )?login|entre|acesse)?\W*$/iu,
  // Comments shut behind the wall: "Commenting on this article is available to subscribers. Sign In".
  /^commenting (?:on this (?:article|story) )?is (?:only )?(?:available|open|reserved) (?:only )?(?:to|for) (?:paid )?(?:subscribers|members)(?: only)?\.?\s*(?:(?:sign|log) ?in)?\W*$/i,
  /^(?:members?|subscribers?|paid subscribers?|premium)[- ]only(?: (?:story|article|content|post))?$/i,
  // A premium story's label, maybe with whom it is for and the offer after it: "This is a Premium article available
  // exclusively to our subscribers. To read 250+ such premium articles every month".
  /^this is an? (?:premium|subscriber[- ]only|members?[- ]only|paid) (?:article|story|post)(?: (?:available|reserved) (?:exclusively |only )?(?:to|for) (?:our )?(?:paid )?(?:subscribers|members))?(?:[.!]?\s+to (?:read|access|unlock|enjoy)\b[^.!?]{0,100}\b(?:articles?|stories)\b[^.!?]{0,40})?\W*$/i,
  // The French wall's offer, opening on the imperative to the reader: "Abonnez-vous à partir de 1 € pour accéder à tous
  // nos articles en illimité." A story reports a subscription in the third person ("Ils se sont abonnés …").
  /^abonnez-vous\b.{0,160}$/iu,
  // The French offer box's heading and offer: "Vous aimez nos articles ?", "Profitez de notre offre spéciale : 1 € le
  // premier mois, sans engagement." The imperative to the reader, with a price or the offer's terms.
  /^vous aimez (?:nos|les) (?:articles|contenus|reportages|enquêtes)\s*\?$/iu,
  /^profitez de (?:notre |l['’] ?|cette )offre\b(?=.{0,160}(?:€|\b(?:euros?|sans engagement|premier mois|abonnement)\b)).{0,200}$/iu,
  // The Italian offer on the same imperative, alone as a button or with its terms: "Abbonati", "Abbonati a Gazzetta
  // Digital: 1 euro al mese", "Abbonati per leggere senza pubblicità". The noun reports ("Abbonati a Sky in calo"), so
  // the line must name a price, a trial or what the reader gets.
  /^abbonati(?: ora| subito)?\W*$|^abbonati (?:a|al|alla|allo|ad|per|ora|subito)\b(?=.{0,160}(?:€|\b(?:euro|mese|gratis|prova|leggere|accedere|illimitat[oi]|senza pubblicità)\b)).{0,200}$/iu,
  // The German wall: "Weiterlesen mit +", "Jetzt weiterlesen mit SZ Plus" (the plan in capitals or a "+";
  // "Weiterlesen mit dem Rad" is prose), the trial opening the line or a sentence ("Jetzt 1 Monat für 1 € testen,
  // danach monatlich kündbar."; "Viele wollten das Angebot einen Monat für 1 Euro testen" reports it), the login
  // line ("Sie sind bereits Abonnent? Hier anmelden") and the button ("Jetzt testen").
  /^(?:[Jj]etzt )?(?:[Ww]eiter ?lesen|[Aa]lles lesen) mit\s*(?:\+|\p{Lu}[\p{L}\p{N}+]*(?: \p{Lu}[\p{L}\p{N}+]*){0,2})\W*$/u,
  /^(?:.{0,160}[.:!?]\s+)?(?:jetzt |nur )?(?:\d+|einen|ein) (?:monate?|wochen?|tage?) (?:lang )?(?:für (?:nur )?\d+(?:,\d{2})?\s?(?:€|euro)|gratis|kostenlos) (?:testen|lesen)\b.{0,120}$/iu,
  /^(?:sie sind )?(?:schon |bereits )(?:abonnent(?:in)?|abonniert|registriert|kunde|kundin)\s*\?\s*(?:(?:hier |jetzt )?(?:anmelden|einloggen))?\W*$/iu,
  /^jetzt (?:testen|abonnieren|abo abschließen)\W*$/i,
  // The trial as an imperative naming the plan first: "Teste t3n Pro jetzt 30 Tage kostenlos!", "Testen Sie F+ einen
  // Monat für 1 €", also after a line of perks ("Mehr Hintergründe …: Teste …"). The verb speaks to the reader.
  /^(?:.{0,160}[.:!?]\s+)?(?:teste|testen sie|lies|lesen sie)\s.{1,40}?\s(?:jetzt |nur )?(?:\d+|einen|ein) (?:monate?|wochen?|tage?) (?:lang )?(?:für (?:nur )?\d+(?:,\d{2})?\s?(?:€|euro)|gratis|kostenlos)\W*$/iu,
  // Newsletter platforms' walls over a paid post: "Subscribe to Groundwork to listen to this post and get 7 days of
  // free access to the full post archives.", "Listen to this episode with a 7-day free trial", "Create an account to
  // read the full story.", "The author made this story available to Medium members only.", "If you’re new to Medium,
  // create a new account to read this story on us." Each speaks to the reader about "this post" or "this story".
  /^subscribe to .{1,60}? to (?:keep reading|listen to|watch) this (?:post|episode|video)\b.{0,120}$/iu,
  /^(?:keep reading|listen to this (?:episode|post)|watch this (?:video|post)) with an? \d{1,2}-day free trial\W*$/i,
  /^(?:create|sign up for) an? (?:new |free )?account to read (?:the full|the rest of (?:this|the)|this) (?:story|article|post)\b.{0,30}$/i,
  /^if you['’]re new to [\p{L}\p{N} .&'’-]{1,30}, create an? (?:new |free )?account to read this (?:story|article|post)\b.{0,30}$/iu,
  /^the author made this (?:story|post|article) available to [\p{L}\p{N} .&'’-]{1,30}? members only\W*$/iu,
  // The platform's buttons: "Upgrade to paid", "Give a gift subscription", "Get 30 day free trial".
  /^(?:upgrade to (?:paid|premium|continue reading)|give a gift subscription|get (?:a )?\d{1,2}[- ]day free trial)\W*$/i,
];
