/**
 * An ad slot's label in European languages the common list lacks, as the slot prints it above or beside the ad:
 * Latvian "Reklāma" (Delfi), Estonian "Reklaam", Croatian, Serbian and Bosnian "Oglas" / "Оглас" (Index.hr), Slovene
 * "Oglas" and "Oglasno sporočilo" (24ur), Finnish "Mainos", Greek "Διαφήμιση" (Kathimerini, often in capitals,
 * "ΔΙΑΦΗΜΙΣΗ", where the accent falls), Catalan "Publicitat" (the Catalan editions of Spanish and Catalan dailies) and
 * Basque "Publizitatea". Only the whole line counts (`FOREIGN_AD_LABELS` is read so).
 */
export const EUROPEAN_AD_LABELS =
  '(?:reklāma|reklaam|oglas(?:no sporočilo)?|оглас|mainos|διαφ[ηή]μιση|publicitat|publizitatea)';
