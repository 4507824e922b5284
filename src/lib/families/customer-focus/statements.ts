/**
 * The statements of the customer-focus survey, two per condition, in Koers'
 * own words. `reverse`: worded negatively, so "strongly agree" scores 0.
 * Question ids are `<condition>_<n>`; changing a statement's meaning needs
 * a new template version.
 */
import type { Condition } from './model.ts';

export interface Statement {
  nl: string;
  en: string;
  reverse?: boolean;
}

export const STATEMENTS: Record<Condition, Statement[]> = {
  mission: [
    { nl: 'Ik kan in mijn eigen woorden uitleggen waar ons bedrijf voor staat en waar het naartoe wil.', en: 'I can explain in my own words what our company stands for and where it is heading.' },
    { nl: 'Ik zie hoe mijn dagelijkse werk bijdraagt aan wat we als bedrijf voor klanten willen betekenen.', en: 'I see how my daily work contributes to what we want to mean for customers as a company.' },
  ],
  expected_behaviour: [
    { nl: 'Ik weet welke vaardigheden van mij worden verwacht in contact met klanten.', en: 'I know which skills are expected of me when dealing with customers.' },
    { nl: 'Het is mij niet duidelijk welk gedrag richting klanten hier als goed geldt.', en: 'It is not clear to me which behaviour towards customers counts as good here.', reverse: true },
  ],
  direction: [
    { nl: 'Mijn leidinggevende geeft mij duidelijke richting in mijn werk.', en: 'My manager gives me clear direction in my work.' },
    { nl: 'Als ik iets niet goed doe, word ik daar tijdig en op een nette manier op aangesproken.', en: 'When I do something wrong, I am told in good time and in a decent way.' },
  ],
  feedback: [
    { nl: 'Ik krijg regelmatig feedback waarmee ik mijn werk echt kan verbeteren.', en: 'I regularly get feedback that genuinely helps me improve my work.' },
    { nl: 'Ik hoor ook wat ik goed doe, niet alleen wat beter moet.', en: 'I also hear what I do well, not only what needs to improve.' },
  ],
  example: [
    { nl: 'Leidinggevenden gaan zelf met klanten om zoals ze dat van ons vragen.', en: 'Managers treat customers the way they ask us to.' },
    { nl: 'Leidinggevenden houden zich aan de afspraken die ze met ons maken.', en: 'Managers keep the agreements they make with us.' },
  ],
  support: [
    { nl: 'Als ik vastloop in een lastige klantsituatie, kan ik rekenen op hulp.', en: 'When I get stuck in a difficult customer situation, I can count on help.' },
    { nl: 'Ik krijg de begeleiding of training die ik nodig heb om klanten goed te helpen.', en: 'I get the coaching or training I need to help customers well.' },
  ],
  ideas: [
    { nl: 'Mijn ideeën om klanten beter te helpen, worden serieus bekeken.', en: 'My ideas for helping customers better are taken seriously.' },
    { nl: 'Voorstellen die ik doe, verdwijnen meestal zonder reactie.', en: 'Suggestions I make usually disappear without a response.', reverse: true },
  ],
  roles: [
    { nl: 'Bij ons is duidelijk wie waarvoor verantwoordelijk is.', en: 'Here it is clear who is responsible for what.' },
    { nl: 'Taken blijven zelden liggen omdat niemand zich eigenaar voelt.', en: 'Tasks rarely stay undone because nobody feels they own them.' },
  ],
  chains: [
    { nl: 'Ik weet wat collega\'s van andere afdelingen met mijn werk doen voordat het bij de klant komt.', en: 'I know what colleagues in other teams do with my work before it reaches the customer.' },
    { nl: 'Ik weet bij wie ik moet zijn als een klantvraag buiten mijn eigen taak valt.', en: 'I know whom to turn to when a customer question falls outside my own job.' },
  ],
  handovers: [
    { nl: 'Als werk wordt overgedragen, is duidelijk wat er moet gebeuren en wanneer.', en: 'When work is handed over, it is clear what needs doing and by when.' },
    { nl: 'Informatie over klanten raakt bij overdrachten vaak kwijt of raakt verminkt.', en: 'Information about customers is often lost or garbled in hand-overs.', reverse: true },
  ],
  media: [
    { nl: 'We kiezen bewust of we iets mailen, bellen of in een gesprek bespreken.', en: 'We choose deliberately whether to email, call or talk something through in person.' },
    { nl: 'We hebben samen afspraken over hoe we mail, telefoon en chat gebruiken.', en: 'We have shared agreements on how we use email, phone and chat.' },
  ],
  peer_feedback: [
    { nl: 'Collega\'s spreken elkaar aan als iets niet goed gaat in het werk.', en: 'Colleagues speak up to each other when something goes wrong at work.' },
    { nl: 'Ik durf een collega te zeggen wat ik van zijn of haar gedrag vind.', en: 'I dare tell a colleague what I think of their behaviour.' },
  ],
  leadership: [
    { nl: 'De leiding maakt duidelijk binnen welke grenzen ik zelf beslissingen mag nemen voor een klant.', en: 'Management makes clear within which limits I may take decisions for a customer myself.' },
    { nl: 'De leiding laat merken dat ze goed werk waardeert.', en: 'Management shows that it values good work.' },
  ],
  means: [
    { nl: 'De systemen waarmee ik werk (telefoon, computer, software) helpen mij klanten snel te helpen.', en: 'The systems I work with (phone, computer, software) help me help customers quickly.' },
    { nl: 'Ik kan gegevens en eerdere afspraken met een klant snel terugvinden.', en: 'I can quickly find a customer\'s records and earlier agreements.' },
  ],
  history: [
    { nl: 'Bij veranderingen houdt de leiding rekening met hoe het hier is gegroeid.', en: 'In changes, management takes account of how things have grown here.' },
    { nl: 'Bij veranderingen wordt gebruikgemaakt van wat we al goed deden.', en: 'Changes build on what we were already doing well.' },
  ],
  uncertainty: [
    { nl: 'Als we anders moeten gaan werken, is er aandacht voor de onzekerheid die dat geeft.', en: 'When we have to work differently, the uncertainty that brings is acknowledged.' },
    { nl: 'Ik krijg de tijd om aan een nieuwe manier van werken te wennen.', en: 'I get time to get used to a new way of working.' },
  ],
  listening: [
    { nl: 'De organisatie luistert naar medewerkers zoals wij naar klanten moeten luisteren.', en: 'The organisation listens to its staff the way we are expected to listen to customers.' },
    { nl: 'Knelpunten die ik meld, worden echt opgepakt.', en: 'Bottlenecks I report are genuinely dealt with.' },
  ],
};
