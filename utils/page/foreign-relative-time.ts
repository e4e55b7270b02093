import { ASIAN_SCRIPT_RELATIVE_TIME } from './asian-script-relative-time';
import { EUROPEAN_RELATIVE_TIME } from './european-relative-time';

/**
 * A comment's relative time stamp in the languages of South-east Europe, as their comment systems print it where an
 * English one prints "2 hours ago": Slovene "pred 2 urama", "pred 40 minutami", Croatian "prije 3 sata", Serbian "pre 5
 * minuta", Romanian "acum 2 ore", Albanian "2 orë më parë", Greek "πριν από 2 ώρες"; and Burmese, Mongolian, Lao and
 * Dhivehi ("2 цагийн өмнө", "3 ގަޑިއިރު ކުރިން", `ASIAN_SCRIPT_RELATIVE_TIME`); and Western and Central Europe's
 * ("hace 2 horas", "il y a 3 heures", "2 godz. temu", `EUROPEAN_RELATIVE_TIME`). A regex source for a whole stamp; the
 * number is required, so prose ("pred urami je …") is not a stamp.
 */
export const FOREIGN_RELATIVE_TIME = `(?:(?:pred|prije|pre)\\s+\\d+\\s+(?:sekund|minut|ur|sat|dn|dan|ted|tjed|nedelj|mesec|mjesec|let|godin)\\p{L}*|acum\\s+\\d+\\s+(?:secunde|minute|minut|ore|oră|zile|zi|săptămâni|luni|ani)|\\d+\\s+(?:sekonda|sekondë|minuta|minutë|orë|ditë|javë|muaj|vit|vite)\\s+më\\s+parë|πριν(?:\\s+από)?\\s+\\d+\\s+(?:δευτερόλεπτα|λεπτά|λεπτό|ώρες|ώρα|μέρες|ημέρες|ημέρα|εβδομάδες|μήνες|χρόνια)|${ASIAN_SCRIPT_RELATIVE_TIME}|${EUROPEAN_RELATIVE_TIME})`;
