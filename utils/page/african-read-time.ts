/**
 * A reading time as news sites in African languages written in Latin script print it beside the byline (a WordPress
 * theme's "N min read", translated): Somali "2 daqiiqo oo akhris ah", "2 daqiiqo akhris"; Swahili "Dakika 2 za
 * kusoma", "Dakika 2 kusoma"; Hausa "Minti 2 na karatu". The number and the words alone on the line or part.
 */
export const AFRICAN_READ_TIME =
  /^(?:\d+\s+daqiiqo(?:\s+oo)?\s+akhris(?:\s+ah)?|dakika\s+\d+\s+(?:za\s+)?kusoma|minti\s+\d+\s+na\s+karatu)\.?$/iu;
