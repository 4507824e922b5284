/**
 * The SMART goal for a one-person business (issue 12): the same outcome,
 * number and period as the team goal in advice.ts, in "I", and without
 * owners, team leads or employees where there are none.
 */
import type { Localized } from '../../surveys/schema.ts';
import type { GrowthArea, MaturityLevel } from './scoring.ts';

export const SOLO_SMART_GOALS: Record<GrowthArea, Record<MaturityLevel, Localized>> = {
  ambition: {
    starting: {
      nl: 'Binnen 30 dagen staat mijn BHAG in één zin op papier, heb ik die met minstens drie mensen besproken en heb ik er één SMART-doel voor het komende kwartaal aan gekoppeld.',
      en: 'Within 30 days my BHAG is written down in one sentence, I have discussed it with at least three people, and I have linked one SMART goal for the coming quarter to it.',
    },
    developing: {
      nl: 'Binnen 60 dagen is mijn BHAG vertaald naar drie tot vijf jaardoelen, elk verdeeld over de kwartalen, en heb ik de eerste maandelijkse voortgangscheck gedaan.',
      en: 'Within 60 days my BHAG is broken down into three to five annual goals, each spread over the quarters, and I have done my first monthly progress check.',
    },
    established: {
      nl: 'Binnen 90 dagen heeft elk jaardoel minstens één meetbare indicator die ik maandelijks bijhoud, en ben ik gestopt met minstens één project dat niet bijdraagt aan mijn BHAG.',
      en: 'Within 90 days every annual goal has at least one measurable indicator that I track monthly, and I have stopped at least one project that does not contribute to my BHAG.',
    },
    leading: {
      nl: 'Binnen 90 dagen heb ik met minstens vijf klanten of partners besproken welke rol zij in mijn ambitie kunnen spelen, en met twee van hen een concrete afspraak gemaakt.',
      en: 'Within 90 days I have discussed with at least five customers or partners what role they could play in my ambition, and made a concrete agreement with two of them.',
    },
  },
  core_customers: {
    starting: {
      nl: 'Binnen 30 dagen weet ik welk vijfde van mijn klanten vier vijfde van mijn omzet over de afgelopen twaalf maanden oplevert, en heb ik met drie van hen gesproken.',
      en: 'Within 30 days I know which fifth of my customers brings four fifths of my revenue over the past twelve months, and I have spoken with three of them.',
    },
    developing: {
      nl: 'Binnen 60 dagen heeft elke klant in mijn top 20 op omzet een plek in de BCG-matrix, en heb ik besloten van welke twee Dogs ik afscheid neem.',
      en: 'Within 60 days every customer in my top 20 by revenue has a place in the BCG matrix, and I have decided which two Dogs I will part ways with.',
    },
    established: {
      nl: 'Binnen 90 dagen heeft elke Cash Cow en Star een vast contactplan in mijn agenda, en heb ik voor elke Question Mark één actie gepland om die klant sneller winstgevend te maken.',
      en: 'Within 90 days every Cash Cow and Star has a fixed contact plan in my calendar, and I have planned one action for each Question Mark to make that customer profitable sooner.',
    },
    leading: {
      nl: 'Binnen zes maanden heb ik mijn klantsegmentatie opnieuw gedaan, een profiel van mijn ideale klant vastgelegd en minstens drie nieuwe klanten binnengehaald die aan dat profiel voldoen.',
      en: 'Within six months I have repeated my customer segmentation, written down my ideal customer profile and won at least three new customers who match that profile.',
    },
  },
  business_model: {
    starting: {
      nl: 'Binnen 30 dagen heb ik alle negen bouwstenen van mijn Business Model Canvas ingevuld, per bouwsteen minstens één plus en één min benoemd en drie klanten gevraagd waar ze mee worstelen.',
      en: 'Within 30 days I have filled in all nine building blocks of my Business Model Canvas, named at least one plus and one minus per block, and asked three customers what they struggle with.',
    },
    developing: {
      nl: 'Binnen 60 dagen heb ik de drie grootste knelpunten in mijn businessmodel benoemd en drie uitgewerkte varianten besproken met een klant, collega-ondernemer of adviseur.',
      en: 'Within 60 days I have named the three biggest constraints in my business model and discussed three worked-out variants with a customer, fellow entrepreneur or adviser.',
    },
    established: {
      nl: 'Binnen 90 dagen heb ik de meest kansrijke variant van mijn businessmodel getest bij minstens vijf klanten en op basis van de uitkomst besloten of ik die breed invoer.',
      en: 'Within 90 days I have tested the most promising variant of my business model with at least five customers and decided, based on the outcome, whether to roll it out.',
    },
    leading: {
      nl: 'Binnen zes maanden heb ik een nieuw klantsegment verkend met minstens tien gesprekken en de eerste drie betalende klanten in dat segment binnengehaald.',
      en: 'Within six months I have explored a new customer segment through at least ten conversations and won my first three paying customers in that segment.',
    },
  },
  customer_focus: {
    starting: {
      nl: 'Binnen 30 dagen heb ik in vijf punten opgeschreven wat klanten van mij mogen verwachten, en heb ik vijf klanten gevraagd of ik dat waarmaak.',
      en: 'Within 30 days I have written down in five points what customers may expect from me, and I have asked five customers whether I live up to it.',
    },
    developing: {
      nl: 'Binnen 60 dagen heb ik voor de vijf belangrijkste stappen in mijn klantproces vastgelegd wat de klant wanneer van mij krijgt, en van tien klanten feedback gekregen.',
      en: 'Within 60 days I have written down for the five most important steps in my customer process what the customer gets from me and when, and had feedback from ten customers.',
    },
    established: {
      nl: 'Binnen 90 dagen helpen mijn systemen me om elke klantvraag binnen één werkdag te beantwoorden, en heb ik de drie zwakste punten uit de klantfeedback elk met één actie verbeterd.',
      en: 'Within 90 days my systems help me answer every customer question within one working day, and I have improved each of the three weakest points from customer feedback with one action.',
    },
    leading: {
      nl: 'Binnen zes maanden geven klanten me bij een herhaalde vraag om feedback een hoger cijfer dan de vorige keer, en heb ik minstens twee ideeën van klanten ingevoerd.',
      en: 'Within six months customers rate me higher than last time when I ask for feedback again, and I have put at least two ideas from customers into practice.',
    },
  },
  satisfaction: {
    starting: {
      nl: 'Binnen 30 dagen heb ik minstens twintig klanten gevraagd naar hun verwachtingen en hun aanbevelingsscore van 0 tot 10, en ken ik mijn eerste NPS.',
      en: 'Within 30 days I have asked at least twenty customers about their expectations and their likelihood to recommend me on a scale from 0 to 10, and I know my first NPS.',
    },
    developing: {
      nl: 'Binnen 60 dagen krijgt elke klant na een afgeronde opdracht een korte tevredenheidsmeting, en bel ik elke klant met een score van 6 of lager binnen vijf werkdagen terug.',
      en: 'Within 60 days every customer receives a short satisfaction survey after each completed assignment, and I call back every customer who scores 6 or lower within five working days.',
    },
    established: {
      nl: 'Binnen 90 dagen heb ik één verbetering doorgevoerd op het punt waar verwachting en prestatie het verst uiteenlopen, en is mijn NPS onder kernklanten minstens 10 punten hoger dan bij de vorige meting.',
      en: 'Within 90 days I have made one improvement where expectations and performance are furthest apart, and my NPS among core customers is at least 10 points higher than at the previous measurement.',
    },
    leading: {
      nl: 'Binnen zes maanden heeft minstens de helft van mijn promoters me aanbevolen, een review geschreven of een introductie gegeven, en weet ik per klantgroep hoe NPS en herhaalaankopen samenhangen.',
      en: 'Within six months at least half of my promoters have recommended me, written a review or made an introduction, and I know per customer group how NPS and repeat purchases are related.',
    },
  },
  complaints: {
    starting: {
      nl: 'Binnen 30 dagen staat op mijn website en facturen hoe klanten kunnen klagen, registreer ik elke klacht in één overzicht en krijgt elke klager binnen twee werkdagen een eerste reactie.',
      en: 'Within 30 days my website and invoices show how customers can complain, I log every complaint in one overview, and every complainant gets a first response within two working days.',
    },
    developing: {
      nl: 'Binnen 60 dagen doorloopt elke klacht aantoonbaar de zes fasen van mijn klachtproces, en hebben minstens dertig klanten mijn vragenlijst over klaagdrempels ingevuld.',
      en: 'Within 60 days every complaint demonstrably goes through the six phases of my complaint process, and at least thirty customers have filled in my complaint threshold survey.',
    },
    established: {
      nl: 'Binnen 90 dagen heb ik de hoogste klaagdrempel uit mijn meting met één concrete maatregel verlaagd, en heb ik de grootste oorzaak van klachten uit het afgelopen kwartaal aangepakt.',
      en: 'Within 90 days I have lowered the highest complaint threshold from my survey with one concrete measure, and I have tackled the biggest cause of complaints from the past quarter.',
    },
    leading: {
      nl: 'Binnen zes maanden heb ik mijn klachtproces doorgelicht aan de hand van ISO 10002, de drie belangrijkste verbeterpunten doorgevoerd en klanten laten weten wat ik met hun klachten heb gedaan.',
      en: 'Within six months I have audited my complaint process against ISO 10002, made the three most important improvements, and told customers what I did with their complaints.',
    },
  },
  sales: {
    starting: {
      nl: 'Binnen 30 dagen heb ik met minstens vijftien bestaande klanten een persoonlijk gesprek zonder verkoopdoel gevoerd, en weet ik van elk van hen waar ze het komende jaar mee bezig zijn.',
      en: 'Within 30 days I have had a personal conversation without a sales agenda with at least fifteen existing customers, and I know for each of them what they will be working on in the coming year.',
    },
    developing: {
      nl: 'Binnen 60 dagen staat voor elke klant in mijn top 20 een vast contactritme in mijn agenda, en heb ik twee keer nuttige kennis gedeeld met klanten en prospects.',
      en: 'Within 60 days every customer in my top 20 has a fixed contact rhythm in my calendar, and I have shared useful knowledge with customers and prospects twice.',
    },
    established: {
      nl: 'Binnen 90 dagen vindt minstens 90% van mijn geplande contactmomenten ook echt plaats, en leveren die samen minstens vijf nieuwe opdrachten of uitbreidingen bij bestaande klanten op.',
      en: 'Within 90 days at least 90% of my planned contact moments actually take place, and together they yield at least five new assignments or extensions with existing customers.',
    },
    leading: {
      nl: 'Binnen zes maanden heb ik samen met twee kernklanten een kennisproduct uitgebracht, en heeft dat minstens tien gesprekken met nieuwe prospects opgeleverd.',
      en: 'Within six months I have released a knowledge product together with two core customers, and it has led to at least ten conversations with new prospects.',
    },
  },
  branding: {
    starting: {
      nl: 'Binnen 30 dagen heb ik de vijf belangrijkste klantvragen op een rij, voor tien zoektermen van klanten gecontroleerd of ik op de eerste pagina verschijn en mijn eigen koopproces als klant doorlopen.',
      en: 'Within 30 days I have listed the five most important customer questions, checked for ten search terms my customers use whether I appear on the first page, and gone through my own buying process as a customer.',
    },
    developing: {
      nl: 'Binnen 60 dagen geeft mijn website antwoord op de vijf meest gestelde klantvragen, en heb ik de drie grootste struikelblokken in mijn koopproces weggenomen.',
      en: 'Within 60 days my website answers the five most frequently asked customer questions, and I have removed the three biggest stumbling blocks in my buying process.',
    },
    established: {
      nl: 'Binnen 90 dagen scoor ik op vindbaarheid, duidelijkheid en koopgemak minstens gelijk aan mijn twee belangrijkste concurrenten, en is de score van mijn zwakste contactmoment met minstens 1 punt op een schaal van 10 gestegen.',
      en: 'Within 90 days I score at least level with my two main competitors on findability, clarity and ease of buying, and the score of my weakest touchpoint has risen by at least 1 point on a scale of 10.',
    },
    leading: {
      nl: 'Binnen zes maanden heb ik minstens vier klantverhalen gepubliceerd, bekijk ik elke maand mijn sentimentcijfers en heb ik twee proeven afgerond om kopen bij mij nog makkelijker te maken.',
      en: 'Within six months I have published at least four customer stories, I review my sentiment figures every month, and I have completed two trials to make buying from me even easier.',
    },
  },
  relationships: {
    starting: {
      nl: 'Binnen 30 dagen staan de gegevens en contactmomenten van al mijn klanten op één centrale plek, en weet ik van mijn tien belangrijkste contracten welke servicelevels erin zijn afgesproken.',
      en: 'Within 30 days the details and contact moments of all my customers are in one central place, and I know which service levels have been agreed in my ten most important contracts.',
    },
    developing: {
      nl: 'Binnen 60 dagen leg ik elk klantcontact vast in mijn CRM, en hebben mijn vijf belangrijkste contracten heldere servicelevels met afgesproken gevolgen en een vaste manier van meten.',
      en: 'Within 60 days I record every customer contact in my CRM, and my five most important contracts have clear service levels with agreed consequences and a fixed way of measuring them.',
    },
    established: {
      nl: 'Binnen 90 dagen heb ik met mijn tien belangrijkste klanten en leveranciers de servicelevels samen geëvalueerd en per relatie twee verbeterafspraken vastgelegd.',
      en: 'Within 90 days I have reviewed the service levels together with my ten most important customers and suppliers, and recorded two improvement agreements per relationship.',
    },
    leading: {
      nl: 'Binnen zes maanden heeft elke kernrelatie een jaarplan met afgesproken investeringen in tijd en middelen, en signaleert mijn CRM automatisch relaties waarmee ik langer dan drie maanden geen contact had.',
      en: 'Within six months every core relationship has an annual plan with agreed investments of time and means, and my CRM automatically flags relationships I have not been in touch with for more than three months.',
    },
  },
};

/**
 * The "why" and next steps of the advice that speak of staff or teams, for a
 * one-person business: same intent, with customers, partners or the owner's
 * own routine where the team version has employees. By area, level and the
 * step's position in advice.ts; every other text is the same for everyone
 * (tests/unit/families/growth-test-size.test.ts checks that a solo report
 * has no team words).
 */
export const SOLO_WHY: Partial<Record<GrowthArea, Localized>> = {
  ambition: {
    nl: 'Zonder een helder en gedurfd doel voor de lange termijn wordt elke keuze een losse gok en raakt je energie versnipperd. Een BHAG die jou zelf in beweging zet, vertaald naar SMART-doelen, maakt duidelijk waar je ja tegen zegt en vooral waar je nee tegen zegt.',
    en: 'Without a clear, bold long-term goal, every choice becomes a separate bet and your energy gets scattered. A BHAG that moves you yourself, translated into SMART goals, makes clear what you say yes to and, above all, what you say no to.',
  },
  customer_focus: {
    nl: 'Als eenmanszaak ben jij de klantervaring: hoe je afspraken nakomt, bereikbaar bent en je werk organiseert, merkt de klant direct. Klantgerichtheid groeit als je eigen houding én je manier van werken de klant helpen, en als je regelmatig vraagt wat beter kan.',
    en: 'In a one-person business you are the customer experience: how you keep promises, can be reached and organise your work is what the customer feels at once. Customer focus grows when both your attitude and your way of working help the customer, and when you regularly ask what could be better.',
  },
};

export const SOLO_STEPS: Partial<Record<GrowthArea, Partial<Record<MaturityLevel, Record<number, Localized>>>>> = {
  ambition: {
    developing: {
      0: {
        nl: 'Toets je BHAG bij een paar mensen die je vertrouwt, zoals een ondernemer die je kent of een goede klant, en scherp hem aan tot hij zowel inspireert als richting geeft.',
        en: 'Test your BHAG with a few people you trust, such as a fellow entrepreneur or a good customer, and sharpen it until it both inspires and gives direction.',
      },
    },
    established: {
      2: {
        nl: 'Kijk elke maand naar je agenda: hoeveel van je tijd ging naar werk dat bijdraagt aan je doelen? Maak de doelen concreter waar ze vaag blijken.',
        en: 'Look at your calendar every month: how much of your time went to work that serves your goals? Make the goals more concrete wherever they turn out to be vague.',
      },
    },
    leading: {
      1: {
        nl: 'Spreek met een sparringpartner, coach of accountant een vast moment per kwartaal af om je SMART-doelen te bespreken, zodat de strategie niet alleen in je eigen hoofd zit.',
        en: 'Agree a fixed moment each quarter with a sparring partner, coach or accountant to review your SMART goals, so the strategy does not live in your head alone.',
      },
    },
  },
  core_customers: {
    developing: {
      2: {
        nl: 'Beoordeel per klant de strategische en culturele fit, en schrijf op met welke klanten je zelf het liefst werkt en waarom.',
        en: 'Assess the strategic and cultural fit of each customer, and write down which customers you most enjoy working with, and why.',
      },
    },
  },
  business_model: {
    developing: {
      2: {
        nl: 'Bespreek het canvas met een sparringpartner of een goede klant en kies per bouwsteen een moment in het jaar waarop je hem opnieuw bekijkt.',
        en: 'Discuss the canvas with a sparring partner or a good customer, and pick a moment in the year to look at each building block again.',
      },
    },
  },
  customer_focus: {
    starting: {
      0: {
        nl: 'Schrijf in gewone taal op wat je missie en visie zijn en welke belofte je klanten kunnen verwachten, en zet die belofte waar klanten hem zien.',
        en: 'Write down in plain language what your mission and vision are and which promise customers can expect, and put that promise where customers see it.',
      },
      2: {
        nl: 'Noteer een maand lang elk moment waarop iets je in de weg zat om een klant goed te helpen, zoals een gemiste oproep of een zoekgeraakte afspraak.',
        en: 'For a month, note every moment something kept you from helping a customer well, such as a missed call or a lost appointment.',
      },
    },
    developing: {
      2: {
        nl: 'Vraag na elke afgeronde opdracht de klant om één punt dat beter kon, en houd bij welke punten terugkomen.',
        en: 'After every finished job, ask the customer for one thing that could have been better, and keep track of the points that come back.',
      },
    },
    established: {
      0: {
        nl: 'Laat een paar vaste klanten een korte vragenlijst over je klantgerichtheid invullen en pak het zwakste punt als eerste aan.',
        en: 'Ask a few regular customers to fill in a short survey on your customer focus, and tackle the weakest point first.',
      },
      1: {
        nl: 'Controleer of je systemen, klantdossiers en telefonie je echt helpen om klanten goed te bedienen, en los het grootste knelpunt op.',
        en: 'Check whether your systems, customer records and phone truly help you serve customers well, and fix the biggest bottleneck.',
      },
      2: {
        nl: 'Plan elke week een kwartier om één klantsituatie terug te kijken: wat ging goed, wat doe je de volgende keer anders?',
        en: 'Set aside a quarter of an hour each week to look back at one customer situation: what went well, and what will you do differently next time?',
      },
    },
    leading: {
      0: {
        nl: 'Herhaal je klantmeting twee keer per jaar en vergelijk de uitkomst met de vorige keer.',
        en: 'Repeat your customer survey twice a year and compare the outcome with the time before.',
      },
      1: {
        nl: 'Vraag je beste klanten om zelf verbeteringen voor te stellen, en voer elk kwartaal zichtbaar minstens één van hun ideeën uit.',
        en: 'Invite your best customers to suggest improvements themselves, and visibly carry out at least one of their ideas every quarter.',
      },
    },
  },
  satisfaction: {
    established: {
      0: {
        nl: 'Zoek per klantgroep en per dienst waar de kloof tussen verwachting en geleverde prestatie het grootst is.',
        en: 'Find, per customer group and per service, where the gap between expectation and delivered performance is largest.',
      },
    },
    leading: {
      1: {
        nl: 'Deel de uitkomsten van je metingen en de verbeteringen die eruit volgen met je klanten.',
        en: 'Share the outcomes of your surveys, and the improvements that follow from them, with your customers.',
      },
    },
  },
  complaints: {
    leading: {
      1: {
        nl: 'Laat klanten zien welke verbeteringen je dankzij klachten hebt doorgevoerd.',
        en: 'Show customers which improvements you have made thanks to complaints.',
      },
    },
  },
  sales: {
    starting: {
      2: {
        nl: 'Schrijf in drie zinnen op wat je klanten te bieden hebt, en gebruik die zinnen op je website, in offertes en in gesprekken.',
        en: 'Write down in three sentences what you have to offer customers, and use those sentences on your website, in quotes and in conversations.',
      },
    },
    established: {
      1: {
        nl: 'Sta bij elke binnengehaalde opdracht kort stil bij wat tot het succes leidde, en schrijf het op.',
        en: 'Take a moment with every deal you win to look at what led to the success, and write it down.',
      },
      2: {
        nl: 'Plan elke week een vast moment om te bepalen welke klanten en kansen voorrang krijgen.',
        en: 'Set a fixed moment each week to decide which customers and opportunities get priority.',
      },
    },
    leading: {
      0: {
        nl: 'Wissel elke maand met een andere ondernemer je beste verkoopgesprekken en aanpakken uit.',
        en: 'Every month, swap your best sales conversations and approaches with a fellow entrepreneur.',
      },
    },
  },
  branding: {
    leading: {
      1: {
        nl: 'Laat klanten hun eigen verhaal over je bedrijf vertellen en gebruik die verhalen in je communicatie.',
        en: 'Let customers tell their own stories about your business, and use those stories in your communication.',
      },
    },
  },
};
