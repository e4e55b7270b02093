/**
 * The standing helpline note that crime, court and health stories close with, in italics under the last paragraph:
 * "If you or someone you know is experiencing domestic violence, call the National Domestic Violence Hotline at …",
 * "If you have been affected by any of the issues in this story, you can contact Samaritans free on 116 123.", "If
 * you are having thoughts of suicide, call or text 988 …". It opens on the reader ("If you …"), asks them to call,
 * text or contact a service, and names a help service (a violence or abuse hotline, a helpline, a crisis line, Samaritans,
 * a counsellor): a council's leak hotline in the same shape is a service the story tells of, and stays.
 * An appeal for witnesses or tips ("If you have information about the robbery, call the Crime Stoppers hotline at …")
 * is part of a police report and stays, as does a quote (it opens on its quotation mark).
 */
const HELP_LINE =
  /^if you(?: or (?:someone|anyone|somebody) (?:you know|you love|close to you))?\b(?![^]*\b(?:information|tips?|crime ?stoppers|witness(?:ed|es)?|saw|seen)\b)[^.!?]{0,160}?[,.]\s*(?:you can |please |)(?:call|text|contact|phone|ring|dial|reach out to|speak to|talk to|get in touch with|visit|(?:free,? (?:and )?confidential )?(?:help|support) is available)\b[^]{0,200}?\b(?:(?:violence|abuse|assault|rape|suicide|mental health|addiction|gambling|support)[\w ]{0,20}?(?:hot|help) ?lines?|helplines?|lifelines?|crisis|samaritans|support lines?|counsell?(?:ors?|ing)|988)\b[^]{0,200}$/i;

export const HELP_LINE_LINES: readonly RegExp[] = [HELP_LINE];
