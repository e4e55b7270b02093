/**
 * The lines a radio station's site prints in and under a story, addressed to the listener and never part of the
 * report: the station group's app pitch, the station's invitation to text or call the studio with a tip, and the row of
 * controls of the story's own audio player (its running time, "Add to playlist", the download formats) when the player
 * is built of plain text instead of buttons.
 */

/** No one is reported: the pitch speaks for the station, a story's sentence attributes it. */
const NOT_REPORTED = '(?!.*\\b(?:said|says|told|according to)\\b)';

/** The listening apps that station groups pitch by name under every story (iHeartMedia, Audacy, Global, TuneIn). */
const LISTENING_APP = '(?:#?iheartradio|audacy|global player|tunein|radioplayer)';

/**
 * The station group's app pitch, as iHeartMedia prints it in every local story ("Listen to KFI AM 640 on the free
 * #iHeartRadio app!") and other groups copy it: the whole line, ending on the app. "Listen to the full interview on
 * the free app, she said" is a story's sentence and goes on.
 */
const STATION_APP_PITCH = new RegExp(
  `^${NOT_REPORTED}listen(?: live)?(?: to [^.!?]{1,60})? (?:on|with|via) (?:the )?(?:free )?${LISTENING_APP}(?: app)?[.!]*$`,
  'iu',
);

/** "Text the studio at …", "Call our newsroom …": the order with the station's own address. */
const CONTACT_THE_STUDIO = '(?:text|call|message) (?:the|our) (?:studio|newsroom|news ?desk|news line)\\b.{0,140}';

/**
 * The station's invitation to send it news, from community stations to group newsrooms: "Got a story we should
 * cover? Text the studio at 555-917-0917 or email news@kxpr.org.", "Text the newsroom at …", the question alone. The
 * sentence is an order to the listener with the station's own address; a story reports who asked ("…, the organizers
 * said") and is kept.
 */
const TEXT_THE_STUDIO = new RegExp(
  `^${NOT_REPORTED}(?:got a (?:story|news tip|tip)(?: (?:we should (?:cover|know about)|for us))?\\?(?:\\s*${CONTACT_THE_STUDIO})?|${CONTACT_THE_STUDIO})$`,
  'iu',
);

/** The audio formats a story player offers for download, as printed on its links. */
const AUDIO_FORMAT = '(?:ogg|mp3|m4a|aac|wav|opus)';

/**
 * The controls of a story's audio player printed as text, as public radio newsrooms (RNZ, ABC and NPR member stations)
 * build it over the story: the play link with its running time ("Listen duration 3′ 48″", "Listen 4:10"), "Add to
 * playlist" and the download row ("Download as: Ogg MP3"). Whole lines only.
 */
const AUDIO_PLAYER_CONTROLS = new RegExp(
  `^listen\\s*(?:duration\\s*)?\\d{1,2}\\s*[′':]\\s*\\d{1,2}\\s*[″"]?$|^add to (?:my )?playlist$|^download(?: as| audio)?:?\\s*${AUDIO_FORMAT}(?:\\s*(?:[|,/·•]|and|&)?\\s*${AUDIO_FORMAT})*\\W*$`,
  'iu',
);

export const STATION_LINES: readonly RegExp[] = [STATION_APP_PITCH, TEXT_THE_STUDIO, AUDIO_PLAYER_CONTROLS];
