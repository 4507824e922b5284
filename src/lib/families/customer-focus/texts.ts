/**
 * Words of the customer-focus results, per language: level and condition
 * names, a first step per condition (shown for the weakest), the spread
 * labels and the withheld notice. results.ts returns keys and numbers.
 */
import type { Localized } from '../../surveys/schema.ts';
import type { Condition, Level } from './model.ts';
import type { SpreadLabel } from './results.ts';

export const LEVEL_NAMES: Record<Level, Localized> = {
  i: { nl: 'Ik', en: 'I' },
  we: { nl: 'Wij', en: 'We' },
  organisation: { nl: 'De organisatie', en: 'The organisation' },
};

/** Per condition: a short name and one first step for when it is among the weakest. */
export const CONDITION_TEXTS: Record<Condition, { name: Localized; step: Localized }> = {
  mission: {
    name: { nl: 'Missie en visie kennen', en: 'Knowing the mission and vision' },
    step: { nl: 'Bespreek in het volgende teamoverleg in tien minuten waar het bedrijf voor staat, en laat ieder zeggen wat dat voor zijn eigen werk betekent.', en: 'At the next team meeting, spend ten minutes on what the company stands for, and have everyone say what it means for their own work.' },
  },
  expected_behaviour: {
    name: { nl: 'Weten wat er verwacht wordt', en: 'Knowing what is expected' },
    step: { nl: 'Schrijf samen met het team vijf concrete voorbeelden op van goed gedrag richting klanten.', en: 'Write down five concrete examples of good behaviour towards customers together with the team.' },
  },
  direction: {
    name: { nl: 'Heldere sturing en correctie', en: 'Clear direction and correction' },
    step: { nl: 'Plan met elke medewerker een kort maandelijks gesprek over prioriteiten en wat beter kan.', en: 'Plan a short monthly talk with each employee about priorities and what could be better.' },
  },
  feedback: {
    name: { nl: 'Feedback om van te leren', en: 'Feedback to learn from' },
    step: { nl: 'Geef elke week minstens één medewerker concrete feedback: wat ging goed, wat kan anders.', en: 'Give at least one employee concrete feedback every week: what went well, what could be different.' },
  },
  example: {
    name: { nl: 'Voorbeeldgedrag van de leiding', en: 'Leaders setting the example' },
    step: { nl: 'Laat leidinggevenden een dag per maand zelf klantcontact doen en vertellen wat ze leerden.', en: 'Have managers handle customer contact themselves one day a month and share what they learned.' },
  },
  support: {
    name: { nl: 'Steun en begeleiding', en: 'Support and coaching' },
    step: { nl: 'Spreek af bij wie medewerkers terechtkunnen in een lastige klantsituatie, en maak dat bekend.', en: 'Agree whom employees can turn to in a difficult customer situation, and make it known.' },
  },
  ideas: {
    name: { nl: 'Ideeën serieus nemen', en: 'Ideas taken seriously' },
    step: { nl: 'Reageer op elk verbeteridee binnen twee weken met wat ermee gebeurt, ook als het antwoord nee is.', en: 'Respond to every improvement idea within two weeks with what will happen to it, even if the answer is no.' },
  },
  roles: {
    name: { nl: 'Heldere taken en verantwoordelijkheden', en: 'Clear tasks and responsibilities' },
    step: { nl: 'Houd een sessie met het team: waarvoor zijn wij verantwoordelijk, en wat verwachten we van anderen?', en: 'Hold a team session: what are we responsible for, and what do we expect from others?' },
  },
  chains: {
    name: { nl: 'Zicht op de samenwerkingsketen', en: 'Seeing the chain of collaboration' },
    step: { nl: 'Teken samen de weg van een klantvraag door het bedrijf, van eerste contact tot oplossing.', en: 'Map together the path of a customer request through the company, from first contact to solution.' },
  },
  handovers: {
    name: { nl: 'Eenduidige overdrachten', en: 'Unambiguous hand-overs' },
    step: { nl: 'Maak een korte vaste lijst van wat bij elke overdracht van klantwerk vastgelegd moet worden.', en: 'Make a short fixed list of what must be recorded at every hand-over of customer work.' },
  },
  media: {
    name: { nl: 'Het juiste communicatiemiddel', en: 'The right medium' },
    step: { nl: 'Spreek samen af wanneer je mailt, belt of even langsloopt, en zet dat op één pagina.', en: 'Agree together when to email, call or drop by, and put it on one page.' },
  },
  peer_feedback: {
    name: { nl: 'Elkaar feedback durven geven', en: 'Daring to give each other feedback' },
    step: { nl: 'Oefen in een teamoverleg met feedback geven aan de hand van een echte situatie van de afgelopen week.', en: 'Practise giving feedback at a team meeting using a real situation from the past week.' },
  },
  leadership: {
    name: { nl: 'Leiding, kaders en waardering', en: 'Leadership, frames and appreciation' },
    step: { nl: 'Leg vast welke beslissingen medewerkers zelf voor een klant mogen nemen, tot welk bedrag of welke grens.', en: 'Put in writing which decisions employees may take for a customer themselves, up to what amount or limit.' },
  },
  means: {
    name: { nl: 'De juiste middelen', en: 'The right means' },
    step: { nl: 'Vraag het team welke drie haperingen in systemen of dossiers klanten het meest kosten, en los er één op.', en: 'Ask the team which three glitches in systems or records cost customers most, and fix one.' },
  },
  history: {
    name: { nl: 'Voortbouwen op de geschiedenis', en: 'Building on history' },
    step: { nl: 'Benoem bij de volgende verandering expliciet wat blijft zoals het was, en waarom.', en: 'In the next change, state explicitly what stays as it was, and why.' },
  },
  uncertainty: {
    name: { nl: 'Oog voor onzekerheid bij verandering', en: 'Acknowledging uncertainty in change' },
    step: { nl: 'Vraag bij een nieuwe werkwijze na een maand aan iedereen wat nog lastig is, en help daarbij.', en: 'A month into a new way of working, ask everyone what is still hard, and help with it.' },
  },
  listening: {
    name: { nl: 'Luisteren naar medewerkers', en: 'Listening to staff' },
    step: { nl: 'Houd een lijst bij van gemelde knelpunten met per punt een eigenaar en een datum, zichtbaar voor iedereen.', en: 'Keep a list of reported bottlenecks, each with an owner and a date, visible to everyone.' },
  },
};

export const CUSTOMER_FOCUS_TEXTS = {
  headline: {
    customer_focus: { nl: 'Klantgerichtheid', en: 'Customer focus' },
  } satisfies Record<string, Localized>,
  levelQuestion: {
    i: { nl: 'Wat kan ik doen?', en: 'What can I do?' },
    we: { nl: 'Wat kunnen we samen doen?', en: 'What can we do together?' },
    organisation: { nl: 'Wat kan de organisatie doen?', en: 'What can the organisation do?' },
  } satisfies Record<Level, Localized>,
  spread: {
    agrees: { nl: 'Het team is het eens', en: 'The team agrees' },
    differs: { nl: 'De meningen lopen uiteen', en: 'Views differ' },
  } satisfies Record<SpreadLabel, Localized>,
  notices: {
    spreadRule: {
      nl: 'Spreiding tot en met {max} punten: het team is het eens. Eén stap op de antwoordschaal is 25 punten.',
      en: 'A spread of up to {max} points: the team agrees. One step on the answer scale is 25 points.',
    },
    withheld: {
      nl: 'Nog geen resultaten: {respondents} van de minstens {minimum} collega\'s hebben geantwoord. Zo blijft anoniem wie wat zei.',
      en: 'No results yet: {respondents} of the at least {minimum} colleagues needed have answered. That keeps who said what anonymous.',
    },
    figureWithheld: {
      nl: 'Te weinig antwoorden om te tonen (minder dan {minimum}).',
      en: 'Too few answers to show (fewer than {minimum}).',
    },
    monthsWithheld: {
      nl: 'Geen verloop per maand: in minstens één maand antwoordden minder dan {minimum} collega\'s.',
      en: 'No trend per month: in at least one month fewer than {minimum} colleagues answered.',
    },
  } satisfies Record<string, Localized>,
  levelName: LEVEL_NAMES,
  condition: CONDITION_TEXTS,
};
