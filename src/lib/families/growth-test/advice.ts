/** What the Growth Test report says per area: why it matters, next steps per maturity level, and a SMART goal. Texts are Koers' own. */
import type { Localized } from '../../surveys/schema.ts';
import type { GrowthArea, MaturityLevel } from './scoring.ts';

export interface AreaAdvice {
  /** Short area name for charts and tables (max ~22 characters). */
  shortName: Localized;
  /** Full area name, used as heading. */
  name: Localized;
  /** Two sentences: why this area matters for growth. Shown when it is the biggest opportunity. */
  why: Localized;
  /** Per level, exactly three concrete next steps, each one sentence, imperative, doable in the coming weeks. */
  steps: Record<MaturityLevel, Localized[]>;
  /** Per level, one SMART goal (specific, measurable, acceptable, realistic, time-bound) for when this area is the biggest opportunity. */
  smartGoal: Record<MaturityLevel, Localized>;
}

export const AREA_ADVICE: Record<GrowthArea, AreaAdvice> = {
  ambition: {
    shortName: { nl: 'Ambitie & strategie', en: 'Ambition & strategy' },
    name: { nl: 'Ambitie en strategie', en: 'Ambition and strategy' },
    why: {
      nl: 'Zonder een helder en gedurfd doel voor de lange termijn wordt elke keuze een losse gok en raakt je energie versnipperd. Een BHAG die je team aanspreekt, vertaald naar SMART-doelen, maakt duidelijk waar je ja tegen zegt en vooral waar je nee tegen zegt.',
      en: 'Without a clear, bold long-term goal, every choice becomes a separate bet and your energy gets scattered. A BHAG that speaks to your team, translated into SMART goals, makes clear what you say yes to and, above all, what you say no to.',
    },
    steps: {
      starting: [
        {
          nl: 'Schrijf in één zin op waar je bedrijf over tien jaar staat als alles meezit, en durf daarbij groot te denken.',
          en: 'Write down in one sentence where your business will be in ten years if everything goes your way, and dare to think big.',
        },
        {
          nl: 'Zet op een rij welke keuzes je het afgelopen jaar bewust hebt gemaakt en welke je eigenlijk gewoon hebt laten gebeuren.',
          en: 'List the choices you made deliberately over the past year and the ones you simply let happen.',
        },
        {
          nl: 'Formuleer voor het komende kwartaal één SMART-doel dat een eerste stap zet richting die ambitie.',
          en: 'Set one SMART goal for the coming quarter that takes a first step towards that ambition.',
        },
      ],
      developing: [
        {
          nl: 'Toets je BHAG in een sessie met je team of een paar vertrouwde mensen en scherp hem aan tot hij zowel inspireert als richting geeft.',
          en: 'Test your BHAG in a session with your team or a few trusted people, and sharpen it until it both inspires and gives direction.',
        },
        {
          nl: 'Vertaal je BHAG naar drie tot vijf jaardoelen, geef elk doel een eigenaar en verdeel ze over de kwartalen van het komende jaar.',
          en: 'Break your BHAG down into three to five annual goals, give each goal an owner and spread them across the quarters of the coming year.',
        },
        {
          nl: 'Plan een vast maandelijks moment waarop je de voortgang op je doelen bespreekt en waar nodig bijstuurt.',
          en: 'Schedule a fixed monthly moment to review progress on your goals and adjust course where needed.',
        },
      ],
      established: [
        {
          nl: 'Koppel aan elk jaardoel één of twee meetbare indicatoren en maak die zichtbaar in een eenvoudig dashboard.',
          en: 'Link each annual goal to one or two measurable indicators and make them visible on a simple dashboard.',
        },
        {
          nl: 'Leg je lopende projecten en nieuwe kansen naast je BHAG en stop met minstens één activiteit die er niet aan bijdraagt.',
          en: 'Hold your current projects and new opportunities up against your BHAG, and stop at least one activity that does not contribute to it.',
        },
        {
          nl: 'Vraag je medewerkers hoe hun dagelijkse werk bijdraagt aan de doelen, en maak de doelen concreter waar ze vaag blijken.',
          en: 'Ask your employees how their daily work contributes to the goals, and make the goals more concrete wherever they turn out to be vague.',
        },
      ],
      leading: [
        {
          nl: 'Organiseer een jaarlijkse strategiedag waarop je je BHAG opnieuw toetst aan de markt, aan trends en aan wat je het afgelopen jaar hebt geleerd.',
          en: 'Hold an annual strategy day where you test your BHAG again against the market, trends and what you learned over the past year.',
        },
        {
          nl: 'Laat teamleiders hun eigen SMART-doelen afleiden van de bedrijfsdoelen, zodat de strategie niet alleen op jouw schouders rust.',
          en: 'Have team leads derive their own SMART goals from the company goals, so the strategy no longer rests on your shoulders alone.',
        },
        {
          nl: 'Deel je ambitie actief met klanten en partners en vraag hen welke rol ze daarin willen spelen.',
          en: 'Share your ambition openly with customers and partners and ask them what role they would like to play in it.',
        },
      ],
    },
    smartGoal: {
      starting: {
        nl: 'Binnen 30 dagen staat onze BHAG in één zin op papier, hebben we die met minstens drie mensen besproken en hebben we er één SMART-doel voor het komende kwartaal aan gekoppeld.',
        en: 'Within 30 days our BHAG is written down in one sentence, we have discussed it with at least three people, and we have linked one SMART goal for the coming quarter to it.',
      },
      developing: {
        nl: 'Binnen 60 dagen is onze BHAG vertaald naar drie tot vijf jaardoelen met elk een eigenaar, en hebben we de eerste maandelijkse voortgangsbespreking gehouden.',
        en: 'Within 60 days our BHAG is broken down into three to five annual goals, each with an owner, and we have held the first monthly progress review.',
      },
      established: {
        nl: 'Binnen 90 dagen heeft elk jaardoel minstens één meetbare indicator die we maandelijks bijhouden, en zijn we gestopt met minstens één project dat niet bijdraagt aan onze BHAG.',
        en: 'Within 90 days every annual goal has at least one measurable indicator that we track monthly, and we have stopped at least one project that does not contribute to our BHAG.',
      },
      leading: {
        nl: 'Binnen 90 dagen heeft elke teamleider drie eigen SMART-doelen afgeleid van de bedrijfsdoelen, en hebben we met minstens vijf klanten of partners besproken welke rol zij in onze ambitie kunnen spelen.',
        en: 'Within 90 days every team lead has derived three SMART goals of their own from the company goals, and we have discussed with at least five customers or partners what role they could play in our ambition.',
      },
    },
  },

  core_customers: {
    shortName: { nl: 'Kernklanten', en: 'Core customers' },
    name: { nl: 'Klantsegmentatie en kernklanten', en: 'Customer segmentation and core customers' },
    why: {
      nl: 'Niet elke klant helpt je vooruit: vaak levert een klein deel van je klanten het grootste deel van je omzet en winst op, terwijl andere klanten vooral tijd en energie kosten. Als je je kernklanten kent, zet je je aandacht, aanbod en verkoopinspanning gericht in op de klanten die bij je groei passen.',
      en: 'Not every customer moves you forward: a small share of your customers often brings in most of your revenue and profit, while others mainly cost time and energy. Once you know your core customers, you can focus your attention, offer and sales effort on the customers who fit your growth.',
    },
    steps: {
      starting: [
        {
          nl: 'Maak een lijst van al je klanten met de omzet per klant over de afgelopen twaalf maanden, gesorteerd van hoog naar laag.',
          en: 'Make a list of all your customers with the revenue per customer over the past twelve months, sorted from high to low.',
        },
        {
          nl: 'Kijk welke klanten samen 80% van je omzet opleveren en markeer die groep in je lijst.',
          en: 'Find out which customers together bring in 80% of your revenue, and mark that group in your list.',
        },
        {
          nl: 'Geef bij je twintig grootste klanten aan hoeveel tijd en energie de samenwerking je kost: weinig, gemiddeld of veel.',
          en: 'Note for your twenty largest customers how much time and energy working with them costs you: little, average or a lot.',
        },
      ],
      developing: [
        {
          nl: 'Bepaal de winst per klant, en schat die bij vaste tarieven in aan de hand van prijsafspraken, acquisitiekosten en hoe lang de klant al bij je is.',
          en: 'Determine the profit per customer, and if you work with uniform rates, estimate it from price agreements, acquisition cost and how long the customer has been with you.',
        },
        {
          nl: 'Plaats je belangrijkste klanten in de BCG-matrix als Cash Cow, Star, Question Mark of Dog, op basis van winstgevendheid en groeipotentie.',
          en: 'Place your main customers in the BCG matrix as Cash Cow, Star, Question Mark or Dog, based on profitability and growth potential.',
        },
        {
          nl: 'Beoordeel per klant de strategische en culturele fit, en vraag je medewerkers met welke klanten ze het liefst werken.',
          en: 'Assess the strategic and cultural fit of each customer, and ask your employees which customers they most enjoy working with.',
        },
      ],
      established: [
        {
          nl: 'Leg per groep in de BCG-matrix vast hoeveel aandacht en service die klanten krijgen, zodat je ongelijke klanten bewust ongelijk behandelt.',
          en: 'Decide for each group in the BCG matrix how much attention and service those customers get, so you consciously treat unequal customers unequally.',
        },
        {
          nl: 'Bedenk voor elke Question Mark wat er nodig is om die klant sneller winstgevend te maken, en spreek daar één concrete actie voor af.',
          en: 'Work out for each Question Mark what it would take to make that customer profitable sooner, and agree on one concrete action for it.',
        },
        {
          nl: 'Neem met zorg afscheid van minstens één Dog, op een manier waarbij de deur openblijft voor een samenwerking later.',
          en: 'Part ways with care with at least one Dog, in a way that leaves the door open to working together again later.',
        },
      ],
      leading: [
        {
          nl: 'Herhaal de vier stappen van je klantsegmentatie elk halfjaar en bekijk welke klanten tussen de groepen verschuiven.',
          en: 'Repeat the four steps of your customer segmentation every six months and look at which customers shift between groups.',
        },
        {
          nl: 'Stel op basis van je kernklanten een profiel van je ideale klant op en gebruik dat bij het werven en beoordelen van nieuwe klanten.',
          en: 'Build an ideal customer profile from your core customers and use it when attracting and assessing new customers.',
        },
        {
          nl: 'Ontwikkel samen met twee of drie Stars een nieuw of verbeterd aanbod dat je daarna ook aan vergelijkbare klanten aanbiedt.',
          en: 'Develop a new or improved offer together with two or three Stars, which you then also offer to similar customers.',
        },
      ],
    },
    smartGoal: {
      starting: {
        nl: 'Binnen 30 dagen hebben we een overzicht van al onze klanten met de omzet per klant over de afgelopen twaalf maanden, en weten we welke klanten samen 80% van onze omzet opleveren.',
        en: 'Within 30 days we have an overview of all our customers with the revenue per customer over the past twelve months, and we know which customers together bring in 80% of our revenue.',
      },
      developing: {
        nl: 'Binnen 60 dagen heeft elke klant in onze top 20 op omzet een plek in de BCG-matrix, en hebben we besloten van welke twee Dogs we afscheid nemen.',
        en: 'Within 60 days every customer in our top 20 by revenue has a place in the BCG matrix, and we have decided which two Dogs we will part ways with.',
      },
      established: {
        nl: 'Binnen 90 dagen heeft elke Cash Cow en Star een vaste contactpersoon en een contactplan, en is voor elke Question Mark één actie afgesproken om die klant sneller winstgevend te maken.',
        en: 'Within 90 days every Cash Cow and Star has a dedicated contact person and a contact plan, and we have agreed one action for each Question Mark to make that customer profitable sooner.',
      },
      leading: {
        nl: 'Binnen zes maanden hebben we de klantsegmentatie opnieuw uitgevoerd, een profiel van onze ideale klant vastgelegd en minstens drie nieuwe klanten binnengehaald die aan dat profiel voldoen.',
        en: 'Within six months we have repeated the customer segmentation, written down our ideal customer profile and won at least three new customers who match that profile.',
      },
    },
  },

  business_model: {
    shortName: { nl: 'Businessmodel', en: 'Business model' },
    name: { nl: 'Businessmodel en innovatie', en: 'Business model and innovation' },
    why: {
      nl: 'Je businessmodel bepaalt hoe je waarde creëert, levert en te gelde maakt, en wat vandaag werkt kan morgen door een trend of een nieuwe concurrent achterhaald zijn. Door je model bewust in kaart te brengen en varianten te verkennen, zie je eerder waar groei zit en wat je tegenhoudt.',
      en: 'Your business model determines how you create, deliver and capture value, and what works today can be overtaken tomorrow by a trend or a new competitor. Mapping your model deliberately and exploring variants shows you sooner where growth lies and what is holding you back.',
    },
    steps: {
      starting: [
        {
          nl: 'Vul de negen bouwstenen van het Business Model Canvas in voor je bedrijf zoals het nu werkt, op één groot vel of whiteboard.',
          en: 'Fill in the nine building blocks of the Business Model Canvas for your business as it works today, on a single large sheet or whiteboard.',
        },
        {
          nl: 'Zet bij elke bouwsteen een plus voor wat sterk is en een min voor wat zwak of kwetsbaar is.',
          en: 'Mark each building block with a plus for what is strong and a minus for what is weak or vulnerable.',
        },
        {
          nl: 'Vraag drie klanten waar ze op dit moment het meest mee worstelen en noteer hun antwoorden bij je waardepropositie.',
          en: 'Ask three customers what they are struggling with most right now, and note their answers next to your value proposition.',
        },
      ],
      developing: [
        {
          nl: 'Benoem de twee of drie knelpunten die je het meest tegenhouden om waarde aan je klanten te leveren.',
          en: 'Name the two or three constraints that most hold you back from delivering value to your customers.',
        },
        {
          nl: 'Schets drie tot vijf varianten van je businessmodel, bijvoorbeeld met een abonnement, een nieuw kanaal of een andere partner.',
          en: 'Sketch three to five variants of your business model, for example with a subscription, a new channel or a different partner.',
        },
        {
          nl: 'Bespreek het canvas met je team en spreek af wie welke bouwsteen in de gaten houdt.',
          en: 'Discuss the canvas with your team and agree who keeps an eye on which building block.',
        },
      ],
      established: [
        {
          nl: 'Test de meest kansrijke variant met een kleine proef bij een handvol klanten voordat je er flink in investeert.',
          en: 'Test the most promising variant with a small pilot among a handful of customers before you invest heavily in it.',
        },
        {
          nl: 'Koppel aan elke bouwsteen een kerncijfer, zoals de marge per inkomstenstroom of de kosten per kanaal, en volg dat per kwartaal.',
          en: 'Attach a key figure to each building block, such as the margin per revenue stream or the cost per channel, and track it every quarter.',
        },
        {
          nl: 'Onderzoek welke trends uit andere branches, zoals producten die abonnementen of diensten worden, ook jouw markt kunnen raken.',
          en: 'Look into which trends from other industries, such as products turning into subscriptions or services, could also reach your market.',
        },
      ],
      leading: [
        {
          nl: 'Houd een actuele digitale versie van je canvas bij als digital twin van je bedrijf en werk die bij na elke grote verandering.',
          en: 'Keep an up-to-date digital version of your canvas as a digital twin of your business, and update it after every major change.',
        },
        {
          nl: 'Verken een nieuw epicentrum: een klantsegment dat je nog niet bedient, maar waarvoor je waardepropositie een echt probleem oplost.',
          en: 'Explore a new epicentre: a customer segment you do not serve yet, but for which your value proposition solves a real problem.',
        },
        {
          nl: 'Plan twee keer per jaar een innovatiesessie met klanten of partners om je businessmodel samen tegen het licht te houden.',
          en: 'Schedule an innovation session with customers or partners twice a year to take a fresh look at your business model together.',
        },
      ],
    },
    smartGoal: {
      starting: {
        nl: 'Binnen 30 dagen hebben we alle negen bouwstenen van ons Business Model Canvas ingevuld, per bouwsteen minstens één plus en één min benoemd en drie klanten gevraagd waar ze mee worstelen.',
        en: 'Within 30 days we have filled in all nine building blocks of our Business Model Canvas, named at least one plus and one minus per block, and asked three customers what they struggle with.',
      },
      developing: {
        nl: 'Binnen 60 dagen hebben we de drie grootste knelpunten in ons businessmodel benoemd en drie uitgewerkte varianten van ons model met het team besproken.',
        en: 'Within 60 days we have named the three biggest constraints in our business model and discussed three worked-out variants of our model with the team.',
      },
      established: {
        nl: 'Binnen 90 dagen hebben we de meest kansrijke variant van ons businessmodel getest bij minstens vijf klanten en op basis van de uitkomst besloten of we die breed invoeren.',
        en: 'Within 90 days we have tested the most promising variant of our business model with at least five customers and decided, based on the outcome, whether to roll it out.',
      },
      leading: {
        nl: 'Binnen zes maanden hebben we een nieuw klantsegment verkend met minstens tien gesprekken en de eerste drie betalende klanten in dat segment binnengehaald.',
        en: 'Within six months we have explored a new customer segment through at least ten conversations and won our first three paying customers in that segment.',
      },
    },
  },

  customer_focus: {
    shortName: { nl: 'Klantgerichtheid', en: 'Customer focus' },
    name: {
      nl: 'Klantgerichtheid: ik, wij en de organisatie',
      en: 'Customer focus: I, we and the organisation',
    },
    why: {
      nl: 'Vriendelijke medewerkers kunnen een organisatie die klanten in de weg zit niet in hun eentje goedmaken. Klantgerichtheid groeit pas als het individu, het team en de organisatie elk hun deel doen, en als jij naar je mensen luistert zoals je wilt dat zij naar klanten luisteren.',
      en: 'Friendly staff cannot make up on their own for an organisation that gets in the way of its customers. Customer focus only grows when individuals, teams and the organisation each do their part, and when you listen to your people the way you want them to listen to customers.',
    },
    steps: {
      starting: [
        {
          nl: 'Leg in een teamoverleg in gewone taal uit wat je missie en visie zijn en welk gedrag je richting klanten verwacht.',
          en: 'Explain your mission and vision in plain language at a team meeting, along with the behaviour you expect towards customers.',
        },
        {
          nl: 'Zet op papier wie waarvoor verantwoordelijk is in het contact met klanten, van de eerste aanvraag tot de factuur.',
          en: 'Write down who is responsible for what in customer contact, from the first enquiry to the invoice.',
        },
        {
          nl: 'Vraag elke medewerker wat het meest in de weg zit om klanten goed te helpen, en noteer de antwoorden.',
          en: 'Ask each employee what most gets in the way of helping customers well, and write down the answers.',
        },
      ],
      developing: [
        {
          nl: 'Breng de belangrijkste samenwerkingsketens in kaart en spreek per overdracht af welke informatie erbij hoort.',
          en: 'Map the main chains of collaboration and agree for each hand-over which information goes with it.',
        },
        {
          nl: 'Maak samen afspraken over welk medium je waarvoor gebruikt, zoals mail, telefoon of een gesprek, en hoe snel je reageert.',
          en: 'Agree together which medium you use for what, such as e-mail, phone or a face-to-face conversation, and how quickly you respond.',
        },
        {
          nl: 'Plan met elke medewerker een gesprek waarin je feedback geeft op werk en gedrag en vraagt welke ondersteuning nodig is.',
          en: 'Schedule a conversation with each employee to give feedback on their work and behaviour and to ask what support they need.',
        },
      ],
      established: [
        {
          nl: 'Laat je team een vragenlijst over klantgerichtheid op de drie niveaus invullen en bespreek de zwakste voorwaarden als eerste.',
          en: 'Have your team fill in a survey on customer focus at the three levels, and discuss the weakest conditions first.',
        },
        {
          nl: 'Controleer of systemen, klantdossiers en telefonie je mensen echt helpen om klanten goed te bedienen, en los het grootste knelpunt op.',
          en: 'Check whether systems, customer records and phones truly help your people serve customers well, and fix the biggest bottleneck.',
        },
        {
          nl: 'Maak elkaar feedback geven een vast onderdeel van het werkoverleg, bijvoorbeeld door elke week één klantsituatie samen te bespreken.',
          en: 'Make giving each other feedback a fixed part of team meetings, for example by discussing one customer situation together every week.',
        },
      ],
      leading: [
        {
          nl: 'Herhaal de meting van klantgerichtheid twee keer per jaar en deel de voortgang per niveau met het hele team.',
          en: 'Repeat the customer focus survey twice a year and share the progress per level with the whole team.',
        },
        {
          nl: 'Nodig medewerkers uit om zelf verbeteringen voor te stellen en voer elk kwartaal zichtbaar minstens één van hun ideeën uit.',
          en: 'Invite employees to propose improvements themselves, and visibly carry out at least one of their ideas every quarter.',
        },
        {
          nl: 'Benoem bij elke verandering in werkwijze openlijk de onzekerheid die ze meebrengt en bouw voort op wat eerder goed werkte.',
          en: 'With every change in ways of working, openly acknowledge the uncertainty it brings and build on what worked well before.',
        },
      ],
    },
    smartGoal: {
      starting: {
        nl: 'Binnen 30 dagen hebben we missie, visie en het gedrag dat we richting klanten verwachten met het hele team besproken, en ligt er een overzicht van wie waarvoor verantwoordelijk is in het klantcontact.',
        en: 'Within 30 days we have discussed our mission, vision and the behaviour we expect towards customers with the whole team, and we have an overview of who is responsible for what in customer contact.',
      },
      developing: {
        nl: 'Binnen 60 dagen hebben we voor de vijf belangrijkste overdrachten in ons klantproces vastgelegd wie wat doorgeeft, en heeft elke medewerker een feedbackgesprek gehad.',
        en: 'Within 60 days we have agreed for the five most important hand-overs in our customer process who passes on what, and every employee has had a feedback conversation.',
      },
      established: {
        nl: 'Binnen 90 dagen heeft minstens 80% van onze medewerkers de vragenlijst over klantgerichtheid ingevuld, en hebben we voor de drie zwakste voorwaarden elk één verbeteractie afgerond.',
        en: 'Within 90 days at least 80% of our employees have filled in the customer focus survey, and we have completed one improvement action for each of the three weakest conditions.',
      },
      leading: {
        nl: 'Binnen zes maanden scoren we bij een herhaalde meting op alle drie de niveaus hoger dan bij de vorige meting, en hebben we minstens twee ideeën van medewerkers ingevoerd.',
        en: 'Within six months a repeat survey shows higher scores than the previous one on all three levels, and we have put at least two ideas from employees into practice.',
      },
    },
  },

  satisfaction: {
    shortName: { nl: 'Klanttevredenheid', en: 'Customer satisfaction' },
    name: { nl: 'Klanttevredenheid en loyaliteit', en: 'Customer satisfaction and loyalty' },
    why: {
      nl: 'Een klant die krijgt wat hij verwachtte is tevreden, maar stapt net zo makkelijk over naar een concurrent als een ontevreden klant. Pas als je verwachtingen overtreft, maak je promoters: klanten die meer kopen, langer blijven en je uit zichzelf aanbevelen.',
      en: 'A customer who gets what they expected is satisfied, but will switch to a competitor just as easily as a dissatisfied one. Only when you exceed expectations do you create promoters: customers who buy more, stay longer and recommend you of their own accord.',
    },
    steps: {
      starting: [
        {
          nl: 'Vraag tien klanten in een kort gesprek wat ze van je verwachtten en in hoeverre je dat hebt waargemaakt.',
          en: 'Ask ten customers in a short conversation what they expected from you and how far you lived up to it.',
        },
        {
          nl: 'Vraag je klanten hoe waarschijnlijk het is dat ze je aanbevelen, op een schaal van 0 tot 10.',
          en: 'Ask your customers how likely they are to recommend you, on a scale from 0 to 10.',
        },
        {
          nl: 'Schrijf op welke drie momenten in het contact met je klanten het meest bepalen of ze tevreden zijn.',
          en: 'Write down the three moments in your contact with customers that most determine whether they are satisfied.',
        },
      ],
      developing: [
        {
          nl: 'Zet een vaste, korte tevredenheidsmeting op die klanten na elke opdracht of levering ontvangen.',
          en: 'Set up a short, standard satisfaction survey that customers receive after every assignment or delivery.',
        },
        {
          nl: 'Bereken je NPS door het percentage criticasters (0 tot en met 6) af te trekken van het percentage promoters (9 en 10).',
          en: 'Calculate your NPS by subtracting the percentage of detractors (0 to 6) from the percentage of promoters (9 and 10).',
        },
        {
          nl: 'Bel elke klant die een 6 of lager geeft binnen een week terug om te horen wat er beter kan.',
          en: 'Call back every customer who gives a 6 or lower within a week to hear what could be better.',
        },
      ],
      established: [
        {
          nl: 'Vergelijk per klantgroep en per dienst waar de verwachting en de geleverde prestatie het verst uit elkaar liggen.',
          en: 'Compare per customer group and per service where expectations and delivered performance are furthest apart.',
        },
        {
          nl: 'Bedenk één concrete manier om de verwachting van je kernklanten net te overtreffen en probeer die een maand lang uit.',
          en: "Think of one concrete way to just exceed your core customers' expectations and try it out for a month.",
        },
        {
          nl: 'Meet naast de totaalscore ook de tevredenheid over klachtafhandeling, kwaliteit, communicatie, managementinformatie en kosten.',
          en: 'Besides the overall score, also measure satisfaction with complaint handling, quality, communication, management information and costs.',
        },
      ],
      leading: [
        {
          nl: 'Vraag je promoters actief om een aanbeveling, een review of een introductie bij een bedrijf dat ze kennen.',
          en: 'Actively ask your promoters for a recommendation, a review or an introduction to a business they know.',
        },
        {
          nl: 'Deel de uitkomsten van je metingen en de verbeteringen die eruit volgen met je klanten en je team.',
          en: 'Share the outcomes of your surveys, and the improvements that follow from them, with your customers and your team.',
        },
        {
          nl: 'Koppel je NPS aan omzet en klantbehoud, zodat je kunt laten zien wat een promoter je oplevert.',
          en: 'Link your NPS to revenue and customer retention, so you can show what a promoter is worth to you.',
        },
      ],
    },
    smartGoal: {
      starting: {
        nl: 'Binnen 30 dagen hebben we minstens twintig klanten gevraagd naar hun verwachtingen en hun aanbevelingsscore van 0 tot 10, en kennen we onze eerste NPS.',
        en: 'Within 30 days we have asked at least twenty customers about their expectations and their likelihood to recommend us on a scale from 0 to 10, and we know our first NPS.',
      },
      developing: {
        nl: 'Binnen 60 dagen krijgt elke klant na een afgeronde opdracht een korte tevredenheidsmeting, en wordt elke klant met een score van 6 of lager binnen vijf werkdagen teruggebeld.',
        en: 'Within 60 days every customer receives a short satisfaction survey after each completed assignment, and every customer who scores 6 or lower is called back within five working days.',
      },
      established: {
        nl: 'Binnen 90 dagen hebben we één verbetering doorgevoerd op het punt waar verwachting en prestatie het verst uiteenlopen, en is onze NPS onder kernklanten minstens 10 punten hoger dan bij de vorige meting.',
        en: 'Within 90 days we have made one improvement where expectations and performance are furthest apart, and our NPS among core customers is at least 10 points higher than at the previous measurement.',
      },
      leading: {
        nl: 'Binnen zes maanden heeft minstens de helft van onze promoters ons aanbevolen, een review geschreven of een introductie gegeven, en kunnen we per klantgroep laten zien hoe NPS en herhaalaankopen samenhangen.',
        en: 'Within six months at least half of our promoters have recommended us, written a review or made an introduction, and we can show per customer group how NPS and repeat purchases are related.',
      },
    },
  },

  complaints: {
    shortName: { nl: 'Klachtafhandeling', en: 'Complaint handling' },
    name: { nl: 'Klaagdrempels en klachtafhandeling', en: 'Complaint thresholds and handling' },
    why: {
      nl: 'De meeste ontevreden klanten klagen niet, maar vertrekken stilletjes, waardoor je nooit hoort wat er misging. Door klaagdrempels te verlagen en klachten volgens een vast proces af te handelen, houd je klanten vast en krijg je gratis verbeterpunten aangereikt.',
      en: 'Most dissatisfied customers never complain; they quietly leave, so you never hear what went wrong. Lowering complaint thresholds and handling complaints through a set process helps you keep customers and hands you improvement points for free.',
    },
    steps: {
      starting: [
        {
          nl: 'Vermeld op je website, je facturen en in je e-mails duidelijk waar en hoe klanten een klacht of opmerking kwijt kunnen.',
          en: 'State clearly on your website, invoices and e-mails where and how customers can raise a complaint or comment.',
        },
        {
          nl: 'Houd vanaf vandaag elke klacht bij in één eenvoudige lijst met datum, klant, onderwerp en oplossing.',
          en: 'From today, log every complaint in one simple list with the date, customer, topic and solution.',
        },
        {
          nl: 'Spreek af wie klachten behandelt en binnen hoeveel tijd een klant een eerste reactie krijgt.',
          en: 'Agree who handles complaints and how soon a customer gets a first response.',
        },
      ],
      developing: [
        {
          nl: 'Richt je klachtafhandeling in volgens zes fasen: stimuleren, luisteren, registreren, oplossen en terugkoppelen, analyseren en verbeteren.',
          en: 'Organise your complaint handling in six phases: encourage, listen, register, solve and report back, analyse, and improve.',
        },
        {
          nl: 'Bevestig elke klacht binnen één werkdag en beoordeel eerst hoe ernstig en hoe urgent die is.',
          en: 'Acknowledge every complaint within one working day and first assess how serious and how urgent it is.',
        },
        {
          nl: 'Vraag klanten met een korte enquête of ze weleens ontevreden waren zonder te klagen, en welke klaagdrempel hen tegenhield.',
          en: 'Use a short survey to ask customers whether they were ever dissatisfied without complaining, and which complaint threshold held them back.',
        },
      ],
      established: [
        {
          nl: 'Analyseer elk kwartaal de oorzaken van je klachten, zoals gebroken beloftes, fouten in facturen of gemiste levertijden, en pak de grootste oorzaak aan.',
          en: 'Analyse the causes of your complaints every quarter, such as broken promises, invoice errors or missed delivery dates, and tackle the biggest cause.',
        },
        {
          nl: 'Verlaag de klaagdrempel die in je meting het hoogst uitvalt, bijvoorbeeld met een extra kanaal of een vriendelijkere toon zonder vakjargon.',
          en: 'Lower the complaint threshold that comes out highest in your survey, for example with an extra channel or a friendlier tone without jargon.',
        },
        {
          nl: 'Meet per kanaal hoe snel je reageert en vergelijk dat met wat klanten verwachten, van een week voor een brief tot enkele uren via sociale media.',
          en: 'Measure how fast you respond per channel and compare it with what customers expect, from a week for a letter to a few hours on social media.',
        },
      ],
      leading: [
        {
          nl: 'Laat je klachtproces periodiek doorlichten aan de hand van de richtlijn ISO 10002.',
          en: 'Have your complaint process audited periodically against the ISO 10002 guideline.',
        },
        {
          nl: 'Laat klanten en je team zien welke verbeteringen je dankzij klachten hebt doorgevoerd.',
          en: 'Show customers and your team which improvements you have made thanks to complaints.',
        },
        {
          nl: 'Nodig klanten die eerder hebben geklaagd uit om mee te denken over een verbetering in je dienstverlening.',
          en: 'Invite customers who have complained before to help shape an improvement in your service.',
        },
      ],
    },
    smartGoal: {
      starting: {
        nl: 'Binnen 30 dagen staat op onze website en facturen hoe klanten kunnen klagen, registreren we elke klacht in één overzicht en krijgt elke klager binnen twee werkdagen een eerste reactie.',
        en: 'Within 30 days our website and invoices show how customers can complain, we log every complaint in one overview, and every complainant gets a first response within two working days.',
      },
      developing: {
        nl: 'Binnen 60 dagen doorloopt elke klacht aantoonbaar de zes fasen van ons klachtproces, en hebben minstens dertig klanten onze vragenlijst over klaagdrempels ingevuld.',
        en: 'Within 60 days every complaint demonstrably goes through the six phases of our complaint process, and at least thirty customers have filled in our complaint threshold survey.',
      },
      established: {
        nl: 'Binnen 90 dagen hebben we de hoogste klaagdrempel uit onze meting met één concrete maatregel verlaagd, en hebben we de grootste oorzaak van klachten uit het afgelopen kwartaal aangepakt.',
        en: 'Within 90 days we have lowered the highest complaint threshold from our survey with one concrete measure, and we have tackled the biggest cause of complaints from the past quarter.',
      },
      leading: {
        nl: 'Binnen zes maanden is ons klachtproces doorgelicht aan de hand van ISO 10002, zijn de drie belangrijkste verbeterpunten doorgevoerd en hebben we klanten laten weten wat we met hun klachten hebben gedaan.',
        en: 'Within six months our complaint process has been audited against ISO 10002, the three most important improvements have been made, and we have told customers what we did with their complaints.',
      },
    },
  },

  sales: {
    shortName: { nl: 'Verkoop', en: 'Sales' },
    name: { nl: 'Verkoop en aandacht voor klanten', en: 'Sales and attention for customers' },
    why: {
      nl: 'Groei komt vaak sneller uit klanten die je al hebt dan uit nieuwe, zolang je oprecht contact houdt en laat zien dat je meedenkt. Een vast ritme van contactmomenten en adviserend verkopen zorgen ervoor dat klanten aan jou denken zodra ze een nieuwe vraag hebben.',
      en: 'Growth often comes faster from customers you already have than from new ones, as long as you stay in genuine contact and show that you think along with them. A fixed rhythm of contact moments and consultative selling make sure customers think of you as soon as they have a new need.',
    },
    steps: {
      starting: [
        {
          nl: 'Maak een lijst van je belangrijkste bestaande klanten en noteer wanneer je voor het laatst echt contact met ze had.',
          en: 'List your most important existing customers and note when you last had real contact with them.',
        },
        {
          nl: 'Bel deze week vijf bestaande klanten zonder verkoopdoel, alleen om te vragen hoe het gaat en waar ze mee bezig zijn.',
          en: 'Call five existing customers this week with no sales agenda, just to ask how they are doing and what they are working on.',
        },
        {
          nl: 'Schrijf in drie zinnen op welke boodschap iedereen in je bedrijf uitdraagt over wat jullie klanten te bieden hebben.',
          en: 'Write down in three sentences the message everyone in your business carries about what you have to offer customers.',
        },
      ],
      developing: [
        {
          nl: 'Leg per klantgroep een vast contactritme vast, bijvoorbeeld elke maand een telefoontje of elk kwartaal een videogesprek, en zet het in de agenda.',
          en: 'Set a fixed contact rhythm per customer group, for example a phone call every month or a video call every quarter, and put it in the calendar.',
        },
        {
          nl: 'Deel eens per maand nuttige kennis met klanten en prospects, zoals een praktische tip, een artikel of een korte video.',
          en: 'Share useful knowledge with customers and prospects once a month, such as a practical tip, an article or a short video.',
        },
        {
          nl: 'Bereid elk klantgesprek voor met drie vragen over de uitdagingen van de klant, zodat je adviseert in plaats van verkoopt.',
          en: "Prepare every customer conversation with three questions about the customer's challenges, so you advise rather than sell.",
        },
      ],
      established: [
        {
          nl: 'Houd bij hoeveel geplande contactmomenten echt plaatsvinden en wat ze opleveren aan vervolgafspraken en omzet.',
          en: 'Track how many planned contact moments actually take place and what they yield in follow-up meetings and revenue.',
        },
        {
          nl: 'Vier elke binnengehaalde opdracht zichtbaar met het team en sta kort stil bij wat tot het succes leidde.',
          en: 'Celebrate every deal won visibly with the team and take a moment to look at what led to the success.',
        },
        {
          nl: 'Bespreek in een vast verkoopoverleg welke klanten en kansen voorrang krijgen, zodat iedereen dezelfde boodschap uitdraagt.',
          en: 'Use a regular sales meeting to agree which customers and opportunities get priority, so everyone carries the same message.',
        },
      ],
      leading: [
        {
          nl: 'Laat je verkopers hun beste gesprekken en aanpakken met elkaar delen in een maandelijkse leersessie.',
          en: 'Have your salespeople share their best conversations and approaches with each other in a monthly learning session.',
        },
        {
          nl: 'Ontwikkel samen met een paar kernklanten een kennisproduct, zoals een webinar of whitepaper, dat nieuwe klanten aantrekt.',
          en: 'Develop a knowledge product together with a few core customers, such as a webinar or white paper, that attracts new customers.',
        },
        {
          nl: 'Evalueer elk kwartaal je contactritme en verkoopaanpak aan de hand van de cijfers en stel ze bij waar het rendement achterblijft.',
          en: 'Review your contact rhythm and sales approach every quarter against the numbers, and adjust them where the returns fall short.',
        },
      ],
    },
    smartGoal: {
      starting: {
        nl: 'Binnen 30 dagen hebben we met minstens vijftien bestaande klanten een persoonlijk gesprek zonder verkoopdoel gevoerd, en weten we van elk van hen waar ze het komende jaar mee bezig zijn.',
        en: 'Within 30 days we have had a personal conversation without a sales agenda with at least fifteen existing customers, and we know for each of them what they will be working on in the coming year.',
      },
      developing: {
        nl: 'Binnen 60 dagen staat voor elke klant in onze top 20 een vast contactritme in de agenda, en hebben we twee keer nuttige kennis gedeeld met klanten en prospects.',
        en: 'Within 60 days every customer in our top 20 has a fixed contact rhythm in the calendar, and we have shared useful knowledge with customers and prospects twice.',
      },
      established: {
        nl: 'Binnen 90 dagen vindt minstens 90% van de geplande contactmomenten ook echt plaats, en leveren die samen minstens vijf nieuwe opdrachten of uitbreidingen bij bestaande klanten op.',
        en: 'Within 90 days at least 90% of planned contact moments actually take place, and together they yield at least five new assignments or extensions with existing customers.',
      },
      leading: {
        nl: 'Binnen zes maanden hebben we samen met twee kernklanten een kennisproduct uitgebracht, en heeft dat minstens tien gesprekken met nieuwe prospects opgeleverd.',
        en: 'Within six months we have released a knowledge product together with two core customers, and it has led to at least ten conversations with new prospects.',
      },
    },
  },

  branding: {
    shortName: { nl: 'Merk & communicatie', en: 'Brand & communication' },
    name: { nl: 'Branding en communicatie', en: 'Branding and communication' },
    why: {
      nl: 'Klanten kiezen niet altijd de beste aanbieder, maar vaak de aanbieder die ze op het juiste moment vinden, begrijpen en waar kopen het makkelijkst gaat. Een merk dat aansluit bij wat je klant bezighoudt en prettig is om zaken mee te doen, wint het van een concurrent die alleen harder roept.',
      en: "Customers don't always choose the best supplier; often they choose the one they can find, understand and buy from most easily at the right moment. A brand that connects with what is on your customer's mind and is pleasant to do business with beats a competitor who simply shouts louder.",
    },
    steps: {
      starting: [
        {
          nl: 'Noteer de vijf vragen of zorgen waarmee klanten meestal bij je aankloppen, en op welk moment dat gebeurt.',
          en: 'Write down the five questions or worries customers usually come to you with, and at what moment that happens.',
        },
        {
          nl: 'Zoek online op de woorden die je klanten zelf gebruiken en kijk of en waar je bedrijf verschijnt.',
          en: 'Search online using the words your customers use themselves, and see whether and where your business shows up.',
        },
        {
          nl: 'Doorloop als klant je eigen koopproces, van de eerste zoekopdracht tot de factuur, en schrijf elk struikelblok op.',
          en: 'Go through your own buying process as a customer, from the first search to the invoice, and note every stumbling block.',
        },
      ],
      developing: [
        {
          nl: 'Pas je website en online profielen aan zodat ze in de woorden van je klanten antwoord geven op de vragen waar ze echt naar zoeken.',
          en: "Adjust your website and online profiles so they answer the questions customers really search for, in the customers' own words.",
        },
        {
          nl: 'Verzamel elke maand cijfers over hoe er over jou en je markt wordt gepraat, zoals reviews, zoekvolumes en reacties op sociale media.',
          en: 'Gather figures every month on how people talk about you and your market, such as reviews, search volumes and reactions on social media.',
        },
        {
          nl: 'Haal de drie grootste struikelblokken uit je koopproces weg, zodat klanten sneller en makkelijker bij je kopen.',
          en: 'Remove the three biggest stumbling blocks from your buying process, so customers can buy from you faster and more easily.',
        },
      ],
      established: [
        {
          nl: 'Vergelijk hoe je scoort op vindbaarheid, duidelijkheid en koopgemak ten opzichte van je twee belangrijkste concurrenten.',
          en: 'Compare how you score on findability, clarity and ease of buying against your two main competitors.',
        },
        {
          nl: 'Vertel een klantverhaal met een duidelijke tegenstander, zoals tijdverlies of onnodige ingewikkeldheid, waarvan jij de klant verlost.',
          en: 'Tell a customer story with a clear adversary, such as wasted time or needless complexity, that you free the customer from.',
        },
        {
          nl: 'Meet de klantervaring op de belangrijkste contactmomenten en verbeter het moment dat het laagst scoort.',
          en: 'Measure the customer experience at the most important touchpoints and improve the one with the lowest score.',
        },
      ],
      leading: [
        {
          nl: 'Bespreek elke maand je gegevens over het marktsentiment en stel je boodschap bij op wat er bij klanten speelt.',
          en: 'Review your market sentiment data every month and adjust your message to what is going on for customers.',
        },
        {
          nl: 'Laat klanten en medewerkers hun eigen verhaal over je bedrijf vertellen en gebruik die verhalen in je communicatie.',
          en: 'Let customers and employees tell their own stories about your business, and use those stories in your communication.',
        },
        {
          nl: 'Probeer elk kwartaal een nieuwe manier uit om kopen bij jou nog makkelijker te maken dan bij je concurrent.',
          en: 'Try a new way every quarter to make buying from you even easier than buying from your competitor.',
        },
      ],
    },
    smartGoal: {
      starting: {
        nl: 'Binnen 30 dagen hebben we de vijf belangrijkste klantvragen op een rij, voor tien zoektermen van klanten gecontroleerd of we op de eerste pagina verschijnen en ons eigen koopproces als klant doorlopen.',
        en: 'Within 30 days we have listed the five most important customer questions, checked for ten search terms our customers use whether we appear on the first page, and gone through our own buying process as a customer.',
      },
      developing: {
        nl: 'Binnen 60 dagen geeft onze website antwoord op de vijf meest gestelde klantvragen, en hebben we de drie grootste struikelblokken in ons koopproces weggenomen.',
        en: 'Within 60 days our website answers the five most frequently asked customer questions, and we have removed the three biggest stumbling blocks in our buying process.',
      },
      established: {
        nl: 'Binnen 90 dagen scoren we op vindbaarheid, duidelijkheid en koopgemak minstens gelijk aan onze twee belangrijkste concurrenten, en is de score van ons zwakste contactmoment met minstens 1 punt op een schaal van 10 gestegen.',
        en: 'Within 90 days we score at least level with our two main competitors on findability, clarity and ease of buying, and the score of our weakest touchpoint has risen by at least 1 point on a scale of 10.',
      },
      leading: {
        nl: 'Binnen zes maanden hebben we minstens vier klantverhalen gepubliceerd, bespreken we elke maand onze sentimentcijfers en hebben we twee proeven afgerond om kopen bij ons nog makkelijker te maken.',
        en: 'Within six months we have published at least four customer stories, we review our sentiment figures every month, and we have completed two trials to make buying from us even easier.',
      },
    },
  },

  relationships: {
    shortName: { nl: 'Relatiebeheer & CRM', en: 'Relationships & CRM' },
    name: {
      nl: 'Relatiebeheer, CRM en servicelevels',
      en: 'Relationship management, CRM and service levels',
    },
    why: {
      nl: 'Duurzame groei rust op relaties waarin je aandacht geeft, tijd en middelen investeert en voor beide kanten aantoonbaar waarde toevoegt. Heldere afspraken over servicelevels, die je samen meet en evalueert, voorkomen teleurstellingen en maken van een leverancier een echte partner.',
      en: 'Lasting growth rests on relationships in which you pay attention, invest time and means, and demonstrably add value for both sides. Clear service-level agreements that you measure and review together prevent disappointment and turn a supplier into a real partner.',
    },
    steps: {
      starting: [
        {
          nl: 'Breng al je klantgegevens en contactmomenten samen op één centrale plek, ook al is dat voorlopig een gedeelde spreadsheet.',
          en: 'Bring all your customer details and contact moments together in one central place, even if for now that is a shared spreadsheet.',
        },
        {
          nl: 'Kies je tien belangrijkste relaties en noteer per relatie hoeveel aandacht en tijd je er nu in steekt.',
          en: 'Pick your ten most important relationships and note for each one how much attention and time you put into it today.',
        },
        {
          nl: 'Zoek je lopende contracten met klanten en leveranciers op en schrijf op welke servicelevels erin zijn afgesproken.',
          en: 'Dig up your current contracts with customers and suppliers and write down which service levels they contain.',
        },
      ],
      developing: [
        {
          nl: 'Richt een CRM-systeem in of werk het bij, en leg na elk klantcontact vast wat er is besproken en afgesproken.',
          en: 'Set up or update a CRM system, and record what was discussed and agreed after every customer contact.',
        },
        {
          nl: 'Bepaal per belangrijk contract welke servicelevels er echt toe doen, zoals klachten, kwaliteit en kosten, en wat de gevolgen zijn als ze niet worden gehaald.',
          en: 'Decide for each key contract which service levels really matter, such as complaints, quality and costs, and what the consequences are when they are missed.',
        },
        {
          nl: 'Spreek af hoe, door wie en wanneer de servicelevels worden gemeten en gerapporteerd.',
          en: 'Agree how, by whom and when the service levels are measured and reported.',
        },
      ],
      established: [
        {
          nl: 'Plan met elke belangrijke klant of leverancier een periodieke evaluatie waarin je de servicelevels samen doorneemt.',
          en: 'Schedule a periodic review with each key customer or supplier in which you go through the service levels together.',
        },
        {
          nl: 'Maak per kernrelatie zichtbaar wat de samenwerking beide partijen oplevert, in omzet, tijdwinst of kwaliteit.',
          en: 'Make visible for each core relationship what working together yields for both parties, in revenue, time saved or quality.',
        },
        {
          nl: 'Schrap managementinformatie die niemand gebruikt en houd alleen de cijfers over waar je echt op stuurt.',
          en: 'Drop management information that nobody uses and keep only the figures you actually steer by.',
        },
      ],
      leading: [
        {
          nl: 'Investeer bewust in je belangrijkste relaties, bijvoorbeeld met een gezamenlijke verbeterdag of een kennissessie.',
          en: 'Invest deliberately in your most important relationships, for example with a joint improvement day or a knowledge session.',
        },
        {
          nl: 'Werk je servicelevelafspraken elk jaar samen met de andere partij bij op basis van de evaluaties.',
          en: 'Update your service-level agreements every year together with the other party, based on the reviews.',
        },
        {
          nl: 'Gebruik de gegevens in je CRM om te signaleren welke relaties aandacht nodig hebben voordat er iets misgaat.',
          en: 'Use the data in your CRM to spot which relationships need attention before anything goes wrong.',
        },
      ],
    },
    smartGoal: {
      starting: {
        nl: 'Binnen 30 dagen staan de gegevens en contactmomenten van al onze klanten op één centrale plek, en weten we van onze tien belangrijkste contracten welke servicelevels erin zijn afgesproken.',
        en: 'Within 30 days the details and contact moments of all our customers are in one central place, and we know which service levels have been agreed in our ten most important contracts.',
      },
      developing: {
        nl: 'Binnen 60 dagen leggen we elk klantcontact vast in ons CRM, en hebben onze vijf belangrijkste contracten heldere servicelevels met afgesproken gevolgen en een vaste manier van meten.',
        en: 'Within 60 days we record every customer contact in our CRM, and our five most important contracts have clear service levels with agreed consequences and a fixed way of measuring them.',
      },
      established: {
        nl: 'Binnen 90 dagen hebben we met onze tien belangrijkste klanten en leveranciers de servicelevels samen geëvalueerd en per relatie twee verbeterafspraken vastgelegd.',
        en: 'Within 90 days we have reviewed the service levels together with our ten most important customers and suppliers, and recorded two improvement agreements per relationship.',
      },
      leading: {
        nl: 'Binnen zes maanden heeft elke kernrelatie een jaarplan met afgesproken investeringen in tijd en middelen, en signaleert ons CRM automatisch relaties waarmee we langer dan drie maanden geen contact hadden.',
        en: 'Within six months every core relationship has an annual plan with agreed investments of time and means, and our CRM automatically flags relationships we have not been in touch with for more than three months.',
      },
    },
  },
};

/** One line describing each maturity level, for the report legend. */
export const LEVEL_DESCRIPTIONS: Record<MaturityLevel, { name: Localized; description: Localized }> = {
  starting: {
    name: { nl: 'Beginnend', en: 'Starting' },
    description: {
      nl: 'De basis ontbreekt nog grotendeels; met eenvoudige eerste stappen boek je hier snel resultaat.',
      en: 'The foundations are still largely missing; simple first steps bring quick results here.',
    },
  },
  developing: {
    name: { nl: 'In ontwikkeling', en: 'Developing' },
    description: {
      nl: 'Je bent ermee bezig, maar het gebeurt nog niet vast en systematisch.',
      en: 'You are working on it, but not yet in a consistent, systematic way.',
    },
  },
  established: {
    name: { nl: 'Op orde', en: 'Established' },
    description: {
      nl: 'Het staat en werkt; de winst zit nu in verfijnen, meten en bijsturen.',
      en: 'It is in place and working; the gains now lie in refining, measuring and adjusting.',
    },
  },
  leading: {
    name: { nl: 'Koploper', en: 'Leading' },
    description: {
      nl: 'Hier hoor je bij de besten; houd dat vast, deel je kennis en blijf vernieuwen.',
      en: 'You are among the front runners here; sustain it, share what you know and keep innovating.',
    },
  },
};
