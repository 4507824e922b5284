/**
 * Words of the complaint-threshold results, per language: names, the
 * explanation of the iceberg, and concrete steps per threshold. results.ts
 * returns keys and numbers. Channel, reason and reply-time names are the
 * ones respondents saw, from ./definition.ts.
 */
import type { Localized } from '../../surveys/schema.ts';
import { BARRIER_LABELS, CHANNEL_LABELS, REPLY_LABELS } from './definition.ts';
import type { Threshold } from './model.ts';

export interface ThresholdText {
  name: Localized;
  /** The question a customer asks themselves at this threshold. */
  question: Localized;
  /** Concrete steps to lower it, each doable in the coming weeks. */
  steps: Localized[];
}

export const THRESHOLD_TEXTS: Record<Threshold, ThresholdText> = {
  action: {
    name: { nl: 'Actiedrempel', en: 'Action threshold' },
    question: { nl: 'Is het wel de moeite waard om te klagen?', en: 'Is it worth the effort to complain?' },
    steps: [
      {
        nl: 'Zeg klanten na elke levering of afspraak dat je wilt horen wat er beter kan, en noem één manier waarop dat in een minuut lukt.',
        en: 'After every delivery or appointment, tell customers you want to hear what could be better, and name one way to do so in a minute.',
      },
      {
        nl: 'Laat zien dat klachten iets opleveren: vertel op je website of in je nieuwsbrief wat je het afgelopen kwartaal dankzij klachten hebt veranderd.',
        en: 'Show that complaints lead somewhere: tell on your website or in your newsletter what you changed thanks to complaints over the past quarter.',
      },
      {
        nl: 'Bedank iedereen die klaagt binnen één werkdag en zeg wanneer ze een oplossing kunnen verwachten.',
        en: 'Thank everyone who complains within one working day and say when they can expect a solution.',
      },
    ],
  },
  entry: {
    name: { nl: 'Entreedrempel', en: 'Entry threshold' },
    question: { nl: 'Weet ik waar en hoe ik kan klagen, en zijn ze bereikbaar?', en: 'Do I know where and how to complain, and can I reach them?' },
    steps: [
      {
        nl: 'Zet op je website, facturen en orderbevestigingen op één vaste plek hoe en waar klanten een klacht kwijt kunnen.',
        en: 'Put how and where customers can raise a complaint in one fixed place on your website, invoices and order confirmations.',
      },
      {
        nl: 'Bied de kanalen aan die je klanten zelf het liefst gebruiken (zie de kanalen hieronder) en zorg dat op elk kanaal iemand reageert.',
        en: 'Offer the channels your customers prefer (see the channels below) and make sure someone responds on every one of them.',
      },
      {
        nl: 'Wijs één persoon aan die verantwoordelijk is voor klachten, zodat geen klacht tussen twee stoelen valt.',
        en: 'Make one person responsible for complaints, so that no complaint falls between two chairs.',
      },
    ],
  },
  communication: {
    name: { nl: 'Communicatiedrempel', en: 'Communication threshold' },
    question: { nl: 'Hoe gaan ze met me om als ik klaag?', en: 'How will they treat me if I complain?' },
    steps: [
      {
        nl: 'Spreek met je team af hoe je een klagende klant te woord staat: eerst luisteren en erkennen, dan pas uitleggen, zonder vakjargon.',
        en: 'Agree with your team how to speak to a customer who complains: listen and acknowledge first, explain only then, without jargon.',
      },
      {
        nl: 'Leg per kanaal een reactietijd vast die past bij wat klanten verwachten, en meet maandelijks of je die haalt.',
        en: 'Set a reply time per channel that matches what customers expect, and check every month whether you meet it.',
      },
      {
        nl: 'Vraag klanten de oplossing die zij zelf voor ogen hebben en laat na afloop weten wat je met hun klacht hebt gedaan.',
        en: 'Ask customers which solution they have in mind and, afterwards, tell them what you did with their complaint.',
      },
    ],
  },
};

export const COMPLAINT_TEXTS = {
  headline: {
    iceberg: { nl: 'Onzichtbare ontevredenheid', en: 'Unseen dissatisfaction' },
  } satisfies Record<string, Localized>,
  funnel: {
    respondents: { nl: 'Klanten die antwoordden', en: 'Customers who answered' },
    dissatisfied: { nl: 'Weleens ontevreden', en: 'Dissatisfied at some point' },
    complained: { nl: 'Lieten het ons weten', en: 'Let us know' },
  } satisfies Record<string, Localized>,
  iceberg: {
    explanation: {
      nl: 'Van de klanten die ontevreden waren, liet {percent}% dat niet weten ({count} van {of}). Dat deel van de ijsberg zie je niet: deze klanten praten er misschien met anderen over of gaan stilletjes ergens anders heen.',
      en: 'Of the customers who were dissatisfied, {percent}% did not say so ({count} of {of}). That part of the iceberg stays out of sight: these customers may talk about it to others or quietly go elsewhere.',
    },
    none: {
      nl: 'Nog geen schatting: niemand gaf aan ontevreden te zijn geweest.',
      en: 'No estimate yet: nobody said they had been dissatisfied.',
    },
  } satisfies Record<string, Localized>,
  lowerFirst: {
    title: { nl: 'Verlaag eerst deze drempel', en: 'Lower this threshold first' },
    none: {
      nl: 'Nog niemand gaf een reden waarom hij niet klaagde.',
      en: 'Nobody has yet given a reason for not complaining.',
    },
    tieRule: {
      nl: 'Bij een gelijke stand kiezen we de drempel die een klant het eerst tegenkomt: wie daar afhaakt, komt nooit bij de volgende.',
      en: 'When two are cited equally often, we pick the threshold a customer meets first: whoever stops there never reaches the next.',
    },
  } satisfies Record<string, Localized>,
  channels: {
    missing: {
      nl: 'Klanten willen dit kanaal gebruiken, maar je biedt het niet aan.',
      en: 'Customers want to use this channel, but you do not offer it.',
    },
    unused: {
      nl: 'Je biedt dit kanaal aan, maar geen enkele klant koos het.',
      en: 'You offer this channel, but no customer chose it.',
    },
    offered: { nl: 'Aangeboden', en: 'Offered' },
    notOffered: { nl: 'Niet aangeboden', en: 'Not offered' },
  } satisfies Record<string, Localized>,
  channelName: CHANNEL_LABELS,
  barrierName: BARRIER_LABELS,
  replyTimeName: REPLY_LABELS,
  threshold: THRESHOLD_TEXTS,
};
