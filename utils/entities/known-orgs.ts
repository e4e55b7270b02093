/**
 * Organizations common in news that neither the training data nor a suffix reliably reveal, written by us from
 * general knowledge (not copied from any dataset or website). Lowercase, tokenized the way `nameKey` keys names
 * ("people 's"). Left out on purpose: names that are mostly something else in news (a city that is also a club,
 * "Ford", "Shell", "Orange"), so a match is almost always the organization.
 */
const LISTS = {
  international: `un, u.n., united nations, nato, n.a.t.o., eu, e.u., european union, imf, international monetary fund,
    world bank, opec, wto, world trade organization, world health organization, unesco, unicef, unhcr, iaea,
    international atomic energy agency, interpol, europol, osce, oecd, g7, g8, g20, asean, african union, arab league,
    gulf cooperation council, red cross, international committee of the red cross, red crescent,
    amnesty international, human rights watch, greenpeace, medecins sans frontieres, doctors without borders, oxfam,
    international energy agency, iea, international criminal court, icc, international court of justice,
    european commission, european parliament, european council, council of europe, european central bank, ecb,
    security council, general assembly, world food programme, wfp, fao, ilo, international olympic committee, ioc,
    fifa, uefa, iaaf, itf, icc, fia, ebrd, asian development bank, inter-american development bank,
    organisation of petroleum exporting countries, organization of petroleum exporting countries,
    organisation for economic co-operation and development, mercosur, nafta, warsaw pact`,
  government: `white house, pentagon, kremlin, downing street, elysee, élysée, congress, senate, house of commons,
    house of lords, house of representatives, bundestag, bundesrat, duma, state duma, knesset, sejm, riksdag,
    storting, folketing, cortes, majlis, lok sabha, rajya sabha, supreme court, state department, treasury,
    foreign office, home office, fbi, cia, nsa, dea, atf, fema, epa, fda, nasa, faa, ftc, fcc, sec, irs, usda, noaa,
    cdc, department of defense, department of justice, justice department, defense department, treasury department,
    commerce department, homeland security, federal reserve, fed, mi5, mi6, gchq, scotland yard, kgb, fsb, gru, svr,
    mossad, shin bet, isi, stasi, bundesbank, bank of england, bank of japan, bank of canada, bank of france,
    banque de france, bank of italy, reserve bank of india, reserve bank of australia, people 's bank of china,
    swiss national bank, riksbank, norges bank, central bank, securities and exchange commission,
    federal trade commission, federal communications commission, national security agency,
    central intelligence agency, federal bureau of investigation, national security council,
    environmental protection agency, food and drug administration, national health service, nhs`,
  parties: `democratic party, republican party, democrats, republicans, gop, labour, labour party, conservative party,
    conservatives, tories, tory party, liberal democrats, lib dems, scottish national party, snp, sinn fein, ulster unionist party, democratic unionist party, plaid cymru, ukip, christian democratic union, cdu, csu,
    christian social union, social democratic party, spd, social democrats, free democrats, fdp, greens,
    green party, afd, socialist party, socialists, communist party, communists, national front, front national,
    gaullist rpr, rpr, udf, union for a popular movement, popular party, psoe, forza italia, northern league,
    christian democrats, likud, labor party, kadima, hamas, fatah, plo, hezbollah, hizbollah, taliban, al qaeda,
    al-qaeda, islamic state, isis, isil, anc, african national congress, congress party, bjp, bharatiya janata party,
    ldp, liberal democratic party, kuomintang, kmt, democratic progressive party, dpp, chinese communist party,
    ccp, united russia, pkk, farc, khmer rouge, muslim brotherhood, ennahda, zanu-pf, prd, peronists, liberal party, new democratic party, ndp, bloc quebecois, one nation, national party,
    people 's party, freedom party, fpo, ovp, vvd, cda, pvda, swedish social democrats, moderate party`,
  companies: `google, alphabet, apple, microsoft, amazon, meta, facebook, twitter, tesla, ibm, intel, amd, nvidia,
    oracle, cisco, hewlett-packard, hp, dell, samsung, sony, panasonic, toshiba, hitachi, fujitsu, nec, lg,
    huawei, xiaomi, alibaba, tencent, baidu, foxconn, nokia, ericsson, siemens, philips, general electric, ge,
    general motors, gm, ford motor, ford motor co, chrysler, toyota, honda, nissan, mitsubishi, mazda, subaru,
    hyundai, kia, volkswagen, vw, bmw, daimler, daimler-benz, mercedes-benz, porsche, audi, fiat, renault, peugeot,
    volvo, saab, boeing, airbus, lockheed martin, northrop grumman, raytheon, bae systems, general dynamics,
    exxon, exxon mobil, exxonmobil, mobil, chevron, texaco, bp, british petroleum, royal dutch shell, eni, gazprom,
    rosneft, lukoil, saudi aramco, aramco, petrobras, pemex, statoil, equinor, totalenergies, repsol, conocophillips,
    at&t, verizon, vodafone, deutsche telekom, british telecom, bt, france telecom, telefonica, t-mobile,
    walmart, wal-mart, carrefour, tesco, sainsbury, ikea, nike, adidas, coca-cola, pepsico, pepsi, mcdonald 's,
    nestle, nestlé, unilever, procter & gamble, johnson & johnson, pfizer, merck, novartis, roche, glaxosmithkline,
    gsk, astrazeneca, sanofi, bayer, basf, hoechst, dupont, monsanto, disney, walt disney, time warner, news corp,
    viacom, netflix, spotify, uber, airbnb, paypal, ebay, yahoo, aol, linkedin, tiktok, bytedance, openai,
    goldman sachs, morgan stanley, jpmorgan, jp morgan, jpmorgan chase, citigroup, citibank, bank of america,
    wells fargo, merrill lynch, lehman brothers, bear stearns, blackrock, berkshire hathaway, deutsche bank,
    commerzbank, dresdner bank, ubs, credit suisse, barclays, hsbc, lloyds, lloyds tsb, natwest, royal bank of scotland,
    rbs, standard chartered, bnp paribas, societe generale, société générale, credit agricole, santander, bbva, ing,
    abn amro, rabobank, unicredit, intesa sanpaolo, nomura, mitsubishi ufj, mizuho, sumitomo, visa, mastercard,
    american express, moody 's, standard & poor 's, s&p, fitch, kpmg, deloitte, pwc, ernst & young, mckinsey,
    british airways, air france, lufthansa, klm, iberia, alitalia, qantas, emirates, delta air lines,
    united airlines, american airlines, aeroflot, ryanair, easyjet, singapore airlines, cathay pacific,
    rolls-royce, arcelormittal, rio tinto, bhp, glencore, anglo american, de beers, nestle sa, louis vuitton, lvmh`,
  markets: `new york stock exchange, nyse, nasdaq, london stock exchange, lse, tokyo stock exchange,
    frankfurt stock exchange, deutsche boerse, euronext, hong kong stock exchange, shanghai stock exchange, dow jones,
    chicago mercantile exchange, cme, chicago board of trade, ftse, nikkei, bovespa`,
  media: `reuters, associated press, the associated press, ap, afp, agence france-presse, agence france presse, dpa,
    efe, ansa, xinhua, tass, itar-tass, ria novosti, interfax, yonhap, kyodo, jiji, pti, press trust of india,
    anadolu, bernama, antara, irna, kcna, korean central news agency, wafa, bloomberg, dow jones,
    bbc, cnn, nbc, abc, cbs, pbs, npr, fox news, msnbc, sky news, itv, channel 4, al jazeera, al arabiya, rai, zdf,
    ard, nhk, cctv, rt, france 24, deutsche welle, voice of america, radio free europe, new york times,
    washington post, wall street journal, financial times, los angeles times, usa today, boston globe,
    chicago tribune, the time magazine, newsweek, the guardian, the times, the independent,
    daily telegraph, the sun, daily mail, le monde, le figaro, liberation, der die zeit,
    frankfurter allgemeine, süddeutsche zeitung, bild, corriere della sera, la repubblica, el pais, el país,
    pravda, izvestia, kommersant, asahi, yomiuri, nikkei, people 's daily, china daily, global times, haaretz,
    jerusalem post, times of india, gazeta wyborcza, politico, axios, the atlantic, the new yorker, vox`,
  sport: `manchester united, manchester city, man utd, man united, man city, liverpool fc, arsenal, tottenham,
    tottenham hotspur, spurs, chelsea fc, everton, aston villa, newcastle united, west ham, west ham united,
    leeds united, blackburn rovers, nottingham forest, sheffield wednesday, sheffield united, wolverhampton wanderers,
    wolves, celtic, rangers, real madrid, atletico madrid, atlético madrid, fc barcelona, barca, barça,
    deportivo coruna, athletic bilbao, real sociedad, sevilla fc, juventus, ac milan, inter milan, internazionale,
    as roma, lazio, napoli, fiorentina, sampdoria, bayern munich, bayern münchen, borussia dortmund,
    borussia moenchengladbach, werder bremen, schalke, schalke 04, bayer leverkusen, hamburg sv, vfb stuttgart,
    ajax, ajax amsterdam, psv eindhoven, psv, feyenoord, paris st germain, paris saint-germain, psg,
    olympique marseille, olympique lyon, as benfica, fc sporting lisbon, galatasaray,
    fenerbahce, besiktas, anderlecht, club brugge, dynamo kiev, dynamo kyiv, spartak moscow, cska moscow,
    red star belgrade, boca juniors, river plate, flamengo, new york yankees, yankees, boston red sox,
    red sox, chicago cubs, la lakers, los angeles lakers, boston celtics, chicago bulls, dallas cowboys,
    new england patriots, green bay packers, nba, nfl, nhl, mlb, ncaa, pga, lpga, atp, wta, uci, icc, fifa, uefa,
    football association, fa, premier league, bundesliga, serie a, la liga, formula one management, ferrari,
    mclaren, williams, red bull racing, mercedes gp, all blacks, wallabies, springboks`,
  education: `harvard, harvard university, yale, yale university, princeton, princeton university, stanford,
    stanford university, mit, massachusetts institute of technology, caltech, columbia university, oxford university,
    university of oxford, cambridge university, university of cambridge, london school of economics,
    imperial college, sorbonne, johns hopkins, johns hopkins university, brookings institution, rand corporation,
    heritage foundation, council on foreign relations, chatham house, world economic forum, nobel foundation`,
};

/**
 * The first, shorter list, which the tagger's organization-span features were trained with. The features keep it:
 * retraining with the whole list as features cost 1.5-2.8 points of wikigold-dev F1 through the pipeline (three
 * seeds), while the whole list used by the rules below the tagger gains.
 */
const TAGGER_LIST = `un, u.n., nato, eu, european union, united nations, imf, world bank, opec, wto, fifa, uefa, ioc, fbi, cia,
  nsa, pentagon, kremlin, white house, downing street, elysee, congress, senate, state department, supreme court,
  european commission, security council, reuters, associated press, the associated press, ap, afp, dpa, efe, ansa,
  xinhua, tass, ria novosti, interfax, yonhap, kyodo, pti, anadolu, bernama, antara, bbc, cnn, nbc, abc, cbs,
  fox news, al jazeera, new york times, washington post, wall street journal, financial times, hamas, hezbollah,
  taliban, google, apple, microsoft, amazon, meta, facebook, twitter, tesla`;

const toSet = (lists: readonly string[]): ReadonlySet<string> =>
  new Set(
    lists
      .flatMap((list) => list.split(','))
      .map((name) => name.trim().replace(/\s+/g, ' '))
      .filter((name) => name.length > 0),
  );

/** Organizations the tagger's span features know (the model was trained with exactly these). */
export const TAGGER_ORGS = toSet([TAGGER_LIST]);
/** Every known organization name, lowercase, words joined by single spaces: used by the rules after tagging. */
export const KNOWN_ORGS = toSet([TAGGER_LIST, ...Object.values(LISTS)]);
