/**
 * Texts of "mail me this link" (issue 12): the small form beside the resume
 * link on a survey page and beside the report link, its confirmation, and
 * the page that shows it again with an error.
 */
const nlMailLink = {
  title: 'Mail mij deze link',
  resumeIntro: 'Wil je later verder? Vul je e-mailadres in en we sturen je deze link, verder niets.',
  reportIntro: 'Vul je e-mailadres in en we sturen je de link naar dit rapport, verder niets.',
  email: 'Jouw e-mailadres',
  privacy: 'We gebruiken het adres alleen voor deze ene e-mail en bewaren het niet bij je antwoorden.',
  button: 'Mail mij de link',
  sent: 'De link is onderweg naar je mailbox. Zie je hem niet binnen een paar minuten, kijk dan ook bij ongewenste e-mail.',
  errorTitle: 'De link is niet verstuurd',
  backToTest: 'Terug naar de vragenlijst',
  backToReport: 'Terug naar je rapport',
  errors: {
    required: 'Vul je e-mailadres in, bijvoorbeeld naam@bedrijf.nl.',
    invalid_email: 'Dit is geen e-mailadres waar we naartoe kunnen mailen. Vul een adres in zoals naam@bedrijf.nl.',
    line_break: 'Een e-mailadres past op één regel: haal de regeleinden of tabs uit het adres.',
    too_long: 'Dit adres is te lang: een e-mailadres heeft hoogstens 254 tekens.',
  },
};

export const enMailLink: typeof nlMailLink = {
  title: 'Mail me this link',
  resumeIntro: 'Want to continue later? Enter your e-mail address and we will send you this link, nothing else.',
  reportIntro: 'Enter your e-mail address and we will send you the link to this report, nothing else.',
  email: 'Your e-mail address',
  privacy: 'We use the address for this one e-mail only and do not keep it with your answers.',
  button: 'Mail me the link',
  sent: 'The link is on its way to your inbox. If it has not arrived within a few minutes, check your spam folder too.',
  errorTitle: 'The link has not been sent',
  backToTest: 'Back to the questionnaire',
  backToReport: 'Back to your report',
  errors: {
    required: 'Enter your e-mail address, for example name@company.com.',
    invalid_email: 'We cannot send mail to this address. Enter one like name@company.com.',
    line_break: 'An e-mail address fits on one line: remove the line breaks or tabs from it.',
    too_long: 'This address is too long: an e-mail address has at most 254 characters.',
  },
};

export const mailLinkTexts = { nl: nlMailLink, en: enMailLink };
