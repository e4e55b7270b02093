/**
 * A comment's relative time stamp in the languages of Western and Central Europe, as their news sites' own comment
 * systems print it where an English one prints "2 hours ago": Spanish "hace 2 horas", Portuguese "há 3 dias", French
 * "il y a 3 heures", German "vor 20 Minuten", Italian "2 ore fa", Dutch "3 uur geleden", Polish "2 godz. temu", "45 min
 * temu". A regex source for a whole stamp; the number is required, so prose ("hace tiempo", "vor Jahren") is no stamp.
 */
export const EUROPEAN_RELATIVE_TIME = [
  'hace\\s+\\d+\\s+(?:segundos?|minutos?|min|horas?|d[íi]as?|semanas?|mes(?:es)?|años?)',
  'há\\s+\\d+\\s+(?:segundos?|minutos?|min|horas?|dias?|semanas?|mes(?:es)?|anos?)',
  'il\\s+y\\s+a\\s+\\d+\\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)',
  'vor\\s+\\d+\\s+(?:sekunden?|minuten?|min\\.?|stunden?|std\\.?|tagen?|wochen?|monaten?|jahren?)',
  '\\d+\\s+(?:secondi|minuti|min|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\\s+fa',
  '\\d+\\s+(?:seconden|minuten|min|uur|dagen|dag|weken|week|maanden|maand|jaar|jaren)\\s+geleden',
  '\\d+\\s+(?:sek\\.?|sekund[ya]?|min\\.?|minut[ay]?|godz\\.?|godzin[ay]?|godzinę|dni|dzień|tyg\\.?|tygodni[e]?|mies\\.?|miesi[ąę]c[ey]?|miesięcy|lat[a]?|rok)\\s+temu',
].join('|');
