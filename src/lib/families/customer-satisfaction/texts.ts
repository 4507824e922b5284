/**
 * Words of the customer-satisfaction results, per language. results.ts
 * returns keys and numbers; pages, PDF and dashboard take the words from
 * here. {placeholders} are filled with `fill` from src/lib/i18n.
 */
import type { Localized } from '../../surveys/schema.ts';
import type { NpsCategory } from './scoring.ts';
import type { Expectation, ServiceLevel } from './model.ts';

export const SATISFACTION_TEXTS = {
  headline: {
    nps: { nl: 'Net Promoter Score', en: 'Net Promoter Score' },
  } satisfies Record<string, Localized>,

  category: {
    promoter: { nl: 'Promotors (9–10)', en: 'Promoters (9–10)' },
    passive: { nl: 'Passief tevreden (7–8)', en: 'Passives (7–8)' },
    detractor: { nl: 'Criticasters (0–6)', en: 'Detractors (0–6)' },
  } satisfies Record<NpsCategory, Localized>,

  expectation: {
    less: { nl: 'Minder dan verwacht', en: 'Less than expected' },
    as: { nl: 'Zoals verwacht', en: 'As expected' },
    more: { nl: 'Meer dan verwacht', en: 'More than expected' },
  } satisfies Record<Expectation, Localized>,

  serviceLevel: {
    complaints: { nl: 'Klachtafhandeling', en: 'Complaint handling' },
    quality: { nl: 'Kwaliteit', en: 'Quality' },
    communication: { nl: 'Communicatie', en: 'Communication' },
    management_info: { nl: 'Managementinformatie', en: 'Management information' },
    costs: { nl: 'Kosten', en: 'Costs' },
  } satisfies Record<ServiceLevel, Localized>,

  nps: {
    explanation: {
      nl: 'Het percentage promotors (9 of 10) min het percentage criticasters (0 tot en met 6), over de klanten die deze vraag beantwoordden. De score loopt van −100 tot 100.',
      en: 'The percentage of promoters (9 or 10) minus the percentage of detractors (0 to 6), among the customers who answered this question. It runs from −100 to 100.',
    },
    none: {
      nl: 'Nog geen NPS: niemand heeft de vraag over aanbevelen beantwoord.',
      en: 'No NPS yet: nobody has answered the question about recommending.',
    },
    margin: {
      nl: 'Met 95% zekerheid ligt de echte score tot {margin} punten hoger of lager.',
      en: 'With 95% confidence the true score lies up to {margin} points higher or lower.',
    },
    lowBase: {
      nl: 'Let op: deze score rust op {answers} antwoorden. Onder de {min} kan een handvol klanten de score flink laten schuiven; lees hem als een eerste indruk.',
      en: 'Note: this score rests on {answers} answers. Below {min}, a handful of customers can move it a lot; read it as a first impression.',
    },
    basis: { nl: 'op basis van {answers} antwoorden', en: 'based on {answers} answers' },
  } satisfies Record<string, Localized>,

  satisfiedNotLoyal: {
    title: { nl: 'Tevreden, maar niet trouw', en: 'Satisfied, but not loyal' },
    explanation: {
      nl: 'Klanten die kregen wat ze verwachtten en een 7 of 8 geven. Ze hebben niets te klagen, maar voelen ook geen band: bij een iets beter aanbod van een ander stappen ze net zo makkelijk over als ontevreden klanten.',
      en: 'Customers who got what they expected and give a 7 or 8. They have nothing to complain about, but feel no bond either: with a slightly better offer elsewhere they leave as easily as dissatisfied customers.',
    },
    why: {
      nl: 'Waarom dit telt: een promotor brengt ongeveer drie keer zoveel toekomstige omzet als een klant die alleen tevreden is, en promotors zorgen voor het grootste deel van de herhaalaankopen en aanbevelingen. Wie deze groep net iets meer geeft dan verwacht, maakt er promotors van.',
      en: 'Why it matters: a promoter brings about three times the future revenue of a merely satisfied customer, and promoters make most repeat purchases and recommendations. Give this group a little more than they expect and they can become promoters.',
    },
  } satisfies Record<string, Localized>,

  serviceLevels: {
    explanation: {
      nl: 'Gemiddelde van 0 tot 100: helemaal oneens is 0, helemaal eens is 100. "Weet ik niet" telt niet mee.',
      en: 'Average from 0 to 100: strongly disagree is 0, strongly agree is 100. "Don\'t know" is not counted.',
    },
  } satisfies Record<string, Localized>,
};
