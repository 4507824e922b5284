/**
 * Texts of the mails Koers sends (src/lib/server/mail/render.ts) and of the
 * pages around them: forgot password, invitation status, resend, reminder.
 * Each mail says what its link opens and for how long, so a person who
 * receives a forwarded mail knows what they hold.
 */
const nlMail = {
  mails: {
    greeting: 'Hallo {name},',
    greetingNoName: 'Hallo,',
    signature: 'Met vriendelijke groet,\n{sender}',
    footer: 'Deze e-mail is verstuurd door Koers. Stuur hem niet door: de link is persoonlijk.',
    clientInvitation: {
      subject: '{organisation} nodigt je uit voor de Groeitest',
      intro: '{coach} van {organisation} nodigt je uit om de gratis Groeitest te doen. In ongeveer {minutes} minuten zie je waar de grootste groeikans van je bedrijf ligt.',
      button: 'Start de Groeitest',
      scope: 'Deze link start een nieuwe test voor {company} en werkt tot {date}. Hij opent geen eerdere tests of rapporten.',
    },
    invitationReminder: {
      subject: 'Herinnering: de Groeitest van {organisation}',
      intro: 'Een paar dagen geleden nodigde {coach} van {organisation} je uit voor de Groeitest. Je kunt hem nog steeds doen.',
      button: 'Start de Groeitest',
      scope: 'Deze link start een nieuwe test voor {company} en werkt tot {date}. Hij opent geen eerdere tests of rapporten.',
    },
    resumeLink: {
      subject: 'Je link om de Groeitest verder te doen',
      intro: 'Je vroeg om deze link. Hiermee ga je verder waar je gebleven was.',
      button: 'Verder met de test',
      scope: 'Deze link opent alleen jouw antwoorden van deze ene test, en daarna het rapport ervan. Wie de link heeft, kan ze zien: stuur hem niet door.',
    },
    reportLink: {
      subject: 'Je rapport van de Groeitest',
      intro: 'Je vroeg om deze link naar je rapport.',
      button: 'Open mijn rapport',
      scope: 'Deze link opent alleen het rapport van deze ene test. Wie de link heeft, kan het lezen: stuur hem niet door.',
    },
    consultantInvitation: {
      subject: 'Uitnodiging: word groeicoach bij {organisation} in Koers',
      intro: 'Je bent uitgenodigd om als groeicoach van {organisation} in Koers te werken.',
      button: 'Account aanmaken',
      scope: 'Deze link maakt één account aan en werkt tot {date}. Daarna, of als hij gebruikt is, opent hij niets meer.',
    },
    passwordReset: {
      subject: 'Je wachtwoord voor Koers opnieuw instellen',
      intro: 'Iemand (hopelijk jij) vroeg om een nieuw wachtwoord voor je account. Kies er een met de link hieronder.',
      button: 'Nieuw wachtwoord kiezen',
      scope: 'De link werkt één keer en tot {time}. Vroeg je hier niet om, negeer deze e-mail dan: je wachtwoord blijft hetzelfde.',
    },
    leadNotification: {
      subject: 'Nieuwe lead: {company}',
      intro: '{name} van {company} deed de Groeitest van {organisation} en wil graag contact.',
      details: 'E-mail: {email}\nTelefoon: {phone}\nTotaalscore: {score}\nGrootste groeikans: {opportunity}',
      button: 'Open de lead',
      scope: 'De link opent de lead alleen voor wie bij {organisation} is ingelogd.',
    },
  },
  forgot: {
    title: 'Wachtwoord vergeten',
    lead: 'Vul het e-mailadres van je account in. Je krijgt een link om een nieuw wachtwoord te kiezen.',
    email: 'E-mailadres',
    button: 'Stuur de link',
    sent: 'Als er een account met dit adres is, is er nu een e-mail onderweg met een link die 1 uur werkt. Kijk ook bij ongewenste e-mail.',
    link: 'Wachtwoord vergeten?',
  },
  reset: {
    ended: 'Je wachtwoord is gewijzigd. Je bent overal afgemeld; meld je opnieuw aan.',
  },
  tracking: {
    language: 'Taal van de e-mail',
    languages: { nl: 'Nederlands', en: 'Engels' },
    reminderDays: 'Herinnering na (dagen)',
    reminderHint: 'Eén herinnering als de test dan nog niet gestart is. 0: geen herinnering.',
    reminderError: 'Vul een heel aantal dagen in, van {min} tot en met {max}.',
    mailed: 'De uitnodiging is verstuurd naar {email}.',
    listMail: 'Verstuurd',
    state: { none: 'Niet gemaild', sent: 'Verstuurd', opened: 'Geopend', started: 'Gestart', completed: 'Afgerond' },
    reminder: { planned: 'herinnering op {date}', sent: 'herinnering verstuurd', skipped: 'geen herinnering nodig' },
    resend: 'Opnieuw versturen',
    resendLabel: 'Uitnodiging voor {client} opnieuw versturen (de oude link werkt dan niet meer)',
    resent: 'De uitnodiging is opnieuw verstuurd met een nieuwe link; de oude link werkt niet meer.',
    retest: 'Opnieuw testen',
    inviteClient: 'Klant uitnodigen',
  },
};

export const enMail: typeof nlMail = {
  mails: {
    greeting: 'Hello {name},',
    greetingNoName: 'Hello,',
    signature: 'Kind regards,\n{sender}',
    footer: 'This e-mail was sent by Koers. Please do not forward it: the link is personal.',
    clientInvitation: {
      subject: '{organisation} invites you to take the Growth Test',
      intro: '{coach} of {organisation} invites you to take the free Growth Test. In about {minutes} minutes you will see where your business’s biggest growth opportunity lies.',
      button: 'Start the Growth Test',
      scope: 'This link starts a new test for {company} and works until {date}. It opens no earlier tests or reports.',
    },
    invitationReminder: {
      subject: 'Reminder: the Growth Test from {organisation}',
      intro: 'A few days ago {coach} of {organisation} invited you to take the Growth Test. You can still take it.',
      button: 'Start the Growth Test',
      scope: 'This link starts a new test for {company} and works until {date}. It opens no earlier tests or reports.',
    },
    resumeLink: {
      subject: 'Your link to continue the Growth Test',
      intro: 'You asked for this link. It takes you back to where you left off.',
      button: 'Continue the test',
      scope: 'This link opens only your answers to this one test, and then its report. Whoever has the link can see them: please do not forward it.',
    },
    reportLink: {
      subject: 'Your Growth Test report',
      intro: 'You asked for this link to your report.',
      button: 'Open my report',
      scope: 'This link opens only the report of this one test. Whoever has the link can read it: please do not forward it.',
    },
    consultantInvitation: {
      subject: 'Invitation: become a growth coach at {organisation} in Koers',
      intro: 'You have been invited to work in Koers as a growth coach at {organisation}.',
      button: 'Create account',
      scope: 'This link creates one account and works until {date}. After that, or once used, it opens nothing.',
    },
    passwordReset: {
      subject: 'Reset your Koers password',
      intro: 'Someone (hopefully you) asked for a new password for your account. Choose one with the link below.',
      button: 'Choose a new password',
      scope: 'The link works once and until {time}. If you did not ask for this, ignore this e-mail: your password stays the same.',
    },
    leadNotification: {
      subject: 'New lead: {company}',
      intro: '{name} of {company} took the Growth Test of {organisation} and would like to be contacted.',
      details: 'E-mail: {email}\nPhone: {phone}\nOverall score: {score}\nBiggest growth opportunity: {opportunity}',
      button: 'Open the lead',
      scope: 'The link opens the lead only for someone signed in at {organisation}.',
    },
  },
  forgot: {
    title: 'Forgot password',
    lead: 'Enter your account’s e-mail address. You will get a link to choose a new password.',
    email: 'E-mail address',
    button: 'Send the link',
    sent: 'If there is an account with this address, an e-mail is on its way with a link that works for 1 hour. Check your spam folder too.',
    link: 'Forgot your password?',
  },
  reset: {
    ended: 'Your password has been changed. You have been signed out everywhere; please sign in again.',
  },
  tracking: {
    language: 'Language of the e-mail',
    languages: { nl: 'Dutch', en: 'English' },
    reminderDays: 'Reminder after (days)',
    reminderHint: 'One reminder if the test has not started by then. 0: no reminder.',
    reminderError: 'Enter a whole number of days, from {min} to {max}.',
    mailed: 'The invitation has been sent to {email}.',
    listMail: 'Sent',
    state: { none: 'Not mailed', sent: 'Sent', opened: 'Opened', started: 'Started', completed: 'Completed' },
    reminder: { planned: 'reminder on {date}', sent: 'reminder sent', skipped: 'no reminder needed' },
    resend: 'Send again',
    resendLabel: 'Send the invitation for {client} again (the old link then stops working)',
    resent: 'The invitation has been sent again with a new link; the old link no longer works.',
    retest: 'Test again',
    inviteClient: 'Invite a client',
  },
};

export const mailTexts = { nl: nlMail, en: enMail };
