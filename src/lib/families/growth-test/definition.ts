import { SurveySchema, type SurveyInput } from '../../surveys/schema.ts';

const definition: SurveyInput = {
  id: 'growth-test',
  version: 1,
  audience: 'self',
  minutes: 12,
  title: {
    nl: 'De Growth Test',
    en: 'The Growth Test',
  },
  intro: {
    nl: 'Ontdek in ongeveer twaalf minuten waar de grootste groeikans van je bedrijf ligt. Je geeft je mening over uitspraken in negen gebieden, van ambitie tot klantrelaties, en krijgt meteen een persoonlijk rapport met concrete vervolgstappen. Antwoord steeds vanuit hoe het nu gaat, niet hoe je het graag zou zien.',
    en: 'Find out in about twelve minutes where the biggest growth opportunity for your business lies. You respond to statements across nine areas, from ambition to customer relationships, and get a personal report straight away with concrete next steps. Answer for how things are today, not how you would like them to be.',
  },
  sections: [
    // ---------------------------------------------------------------- context
    {
      id: 'context',
      title: { nl: 'Over je bedrijf', en: 'About your business' },
      intro: {
        nl: 'Deze vragen tellen niet mee voor je score. We gebruiken ze om je rapport op maat te maken en je te vergelijken met bedrijven die op het jouwe lijken.',
        en: "These questions don't count towards your score. We use them to tailor your report and to compare you with businesses similar to yours.",
      },
      questions: [
        {
          id: 'sector',
          type: 'single',
          required: true,
          text: { nl: 'In welke sector is je bedrijf vooral actief?', en: 'Which sector is your business mainly active in?' },
          options: [
            { value: 'retail', label: { nl: 'Detailhandel en webwinkels', en: 'Retail and e-commerce' } },
            { value: 'hospitality', label: { nl: 'Horeca en recreatie', en: 'Hospitality and leisure' } },
            { value: 'construction', label: { nl: 'Bouw en installatie', en: 'Construction and installation' } },
            { value: 'manufacturing', label: { nl: 'Industrie en productie', en: 'Manufacturing and production' } },
            { value: 'wholesale_logistics', label: { nl: 'Groothandel, transport en logistiek', en: 'Wholesale, transport and logistics' } },
            { value: 'business_services', label: { nl: 'Zakelijke dienstverlening', en: 'Business services' } },
            { value: 'ict', label: { nl: 'ICT en software', en: 'IT and software' } },
            { value: 'care_education', label: { nl: 'Zorg, welzijn en onderwijs', en: 'Health, social care and education' } },
            { value: 'creative', label: { nl: 'Creatieve sector, media en communicatie', en: 'Creative industries, media and communications' } },
            { value: 'other', label: { nl: 'Anders', en: 'Other' } },
          ],
        },
        {
          id: 'employees',
          type: 'single',
          required: true,
          text: {
            nl: 'Hoeveel mensen werken er in je bedrijf, jezelf meegerekend?',
            en: 'How many people work in your business, including you?',
          },
          options: [
            { value: '1', label: { nl: 'Alleen ik', en: 'Just me' } },
            { value: '2-9', label: { nl: '2 tot 9', en: '2 to 9' } },
            { value: '10-49', label: { nl: '10 tot 49', en: '10 to 49' } },
            { value: '50-249', label: { nl: '50 tot 249', en: '50 to 249' } },
            { value: '250-plus', label: { nl: '250 of meer', en: '250 or more' } },
          ],
        },
        {
          id: 'revenue',
          type: 'single',
          required: true,
          text: {
            nl: 'Wat was de omzet van je bedrijf in het afgelopen boekjaar?',
            en: "What was your business's turnover in the last financial year?",
          },
          options: [
            { value: 'lt-250k', label: { nl: 'Minder dan € 250.000', en: 'Less than €250,000' } },
            { value: '250k-1m', label: { nl: '€ 250.000 tot € 1 miljoen', en: '€250,000 to €1 million' } },
            { value: '1m-5m', label: { nl: '€ 1 tot 5 miljoen', en: '€1 million to €5 million' } },
            { value: '5m-20m', label: { nl: '€ 5 tot 20 miljoen', en: '€5 million to €20 million' } },
            { value: 'gt-20m', label: { nl: 'Meer dan € 20 miljoen', en: 'More than €20 million' } },
            { value: 'rather-not-say', label: { nl: 'Zeg ik liever niet', en: "I'd rather not say" } },
          ],
        },
        {
          id: 'years',
          type: 'single',
          required: true,
          text: { nl: 'Hoe lang bestaat je bedrijf?', en: 'How long has your business been running?' },
          options: [
            { value: 'lt-2', label: { nl: 'Korter dan 2 jaar', en: 'Less than 2 years' } },
            { value: '2-5', label: { nl: '2 tot 5 jaar', en: '2 to 5 years' } },
            { value: '5-10', label: { nl: '5 tot 10 jaar', en: '5 to 10 years' } },
            { value: 'gt-10', label: { nl: 'Langer dan 10 jaar', en: 'More than 10 years' } },
          ],
        },
      ],
    },

    // --------------------------------------------------------------- ambition
    {
      id: 'ambition',
      title: { nl: 'Ambitie en strategie', en: 'Ambition and strategy' },
      intro: {
        nl: 'Bedrijven die groeien, weten waar ze naartoe willen. Een groot, gedurfd doel maakt kiezen makkelijker: waar je ja tegen zegt, en vooral waar je nee tegen zegt.',
        en: 'Businesses that grow know where they are heading. A bold long-term goal makes choosing easier: what you say yes to, and above all what you say no to.',
      },
      questions: [
        {
          id: 'ambition_1',
          type: 'agreement',
          text: {
            nl: 'We hebben een groot en gedurfd doel voor de komende tien jaar of langer op papier gezet.',
            en: 'We have written down a bold, ambitious goal for the next ten years or more.',
          },
          help: {
            nl: "Zo'n doel heet ook wel een BHAG (Big Hairy Audacious Goal): een langetermijndoel dat zo ambitieus is dat het richting geeft aan al je strategische keuzes.",
            en: 'This is also called a BHAG (Big Hairy Audacious Goal): a long-term goal ambitious enough to steer every strategic choice you make.',
          },
        },
        {
          id: 'ambition_2',
          type: 'agreement',
          text: {
            nl: 'Als je willekeurige medewerkers vraagt waar we over een paar jaar willen staan, geven ze grotendeels hetzelfde antwoord.',
            en: 'If you asked any of our employees where we want to be in a few years, they would give broadly the same answer.',
          },
        },
        {
          id: 'ambition_3',
          type: 'agreement',
          text: {
            nl: 'In het afgelopen jaar hebben we bewust nee gezegd tegen een opdracht, markt of product omdat die niet bij onze koers paste.',
            en: 'In the past year we deliberately turned down an assignment, market or product because it did not fit our direction.',
          },
        },
        {
          id: 'ambition_4',
          type: 'agreement',
          text: {
            nl: 'We vertalen onze ambitie in jaardoelen die SMART zijn: specifiek, meetbaar, acceptabel, realistisch en tijdgebonden.',
            en: 'We translate our ambition into annual goals that are SMART: specific, measurable, acceptable, realistic and time-bound.',
          },
        },
        {
          id: 'ambition_5',
          type: 'agreement',
          text: {
            nl: 'Minstens elk kwartaal bekijken we hoe we ervoor staan ten opzichte van onze doelen, en sturen we bij waar dat nodig is.',
            en: 'At least once a quarter we review how we are doing against our goals and change course where needed.',
          },
        },
      ],
    },

    // --------------------------------------------------------- core_customers
    {
      id: 'core_customers',
      title: { nl: 'Kernklanten', en: 'Core customers' },
      intro: {
        nl: 'Niet elke klant helpt je even hard vooruit. Wie weet welke klanten omzet, winst en groei opleveren, kan tijd en aandacht veel gerichter inzetten.',
        en: 'Not every customer moves you forward equally. Knowing which customers bring revenue, profit and growth lets you spend your time and attention where it pays off.',
      },
      questions: [
        {
          id: 'core_customers_1',
          type: 'agreement',
          text: {
            nl: 'We weten welke 20% van onze klanten samen het grootste deel van onze omzet opleveren.',
            en: 'We know which 20% of our customers bring in most of our revenue.',
          },
          help: {
            nl: "Volgens het Pareto-principe zorgt ongeveer 20% van je klanten vaak voor zo'n 80% van je omzet.",
            en: 'Under the Pareto principle, roughly 20% of your customers often account for around 80% of your revenue.',
          },
        },
        {
          id: 'core_customers_2',
          type: 'agreement',
          text: {
            nl: 'We weten per klant of klantgroep hoeveel winst die oplevert, inclusief de tijd en energie die de samenwerking kost.',
            en: 'For each customer or customer group we know how much profit it earns us, including the time and effort the relationship takes.',
          },
        },
        {
          id: 'core_customers_3',
          type: 'agreement',
          text: {
            nl: 'We hebben onze klanten ingedeeld naar winstgevendheid en groeipotentie, en pakken elke groep bewust anders aan.',
            en: 'We have grouped our customers by profitability and growth potential, and we deliberately treat each group differently.',
          },
          help: {
            nl: 'Dit is de BCG-matrix toegepast op klanten: Stars, Cash Cows, Question Marks en Dogs vragen elk om een eigen aanpak.',
            en: 'This is the BCG matrix applied to customers: Stars, Cash Cows, Question Marks and Dogs each call for their own approach.',
          },
        },
        {
          id: 'core_customers_4',
          type: 'agreement',
          text: {
            nl: 'Bij nieuwe klanten kijken we verder dan de omzet: we toetsen of ze passen bij onze strategie en of ons team enthousiast is om voor ze te werken.',
            en: 'With new customers we look beyond revenue: we check whether they fit our strategy and whether our team is keen to work for them.',
          },
        },
        {
          id: 'core_customers_5',
          type: 'agreement',
          reverse: true,
          text: {
            nl: 'We houden elke klant vast, ook klanten die ons al jaren meer kosten dan ze opleveren.',
            en: 'We hold on to every customer, even those that have cost us more than they bring in for years.',
          },
        },
      ],
    },

    // --------------------------------------------------------- business_model
    {
      id: 'business_model',
      title: { nl: 'Businessmodel', en: 'Business model' },
      intro: {
        nl: 'Je businessmodel bepaalt hoe je waarde creëert, levert en daaraan verdient. Wie het regelmatig tegen het licht houdt, ziet kansen en bedreigingen eerder dan de concurrent.',
        en: 'Your business model describes how you create and deliver value, and how you earn from it. Reviewing it regularly helps you spot opportunities and threats before your competitors do.',
      },
      questions: [
        {
          id: 'business_model_1',
          type: 'agreement',
          text: {
            nl: 'We hebben ons huidige businessmodel uitgetekend, bijvoorbeeld op een Business Model Canvas.',
            en: 'We have mapped out our current business model, for example on a Business Model Canvas.',
          },
          help: {
            nl: 'Het Business Model Canvas beschrijft een bedrijf in negen bouwstenen, van klantsegmenten en waardepropositie tot kostenstructuur en inkomstenstromen.',
            en: 'The Business Model Canvas describes a business in nine building blocks, from customer segments and value proposition to cost structure and revenue streams.',
          },
        },
        {
          id: 'business_model_2',
          type: 'agreement',
          text: {
            nl: 'Per onderdeel van ons model weten we wat goed werkt en wat ons belemmert om klanten meer waarde te bieden.',
            en: 'For each part of our model we know what works well and what stops us from giving customers more value.',
          },
        },
        {
          id: 'business_model_3',
          type: 'agreement',
          text: {
            nl: 'In de afgelopen twee jaar hebben we meerdere varianten van ons businessmodel geschetst en de kansrijkste ideeën uitgeprobeerd.',
            en: 'In the past two years we have sketched several variants of our business model and tried out the most promising ideas.',
          },
        },
        {
          id: 'business_model_4',
          type: 'agreement',
          text: {
            nl: 'We volgen trends buiten onze eigen branche, zoals producten die een abonnement of dienst worden, en bespreken wat die voor ons kunnen betekenen.',
            en: 'We follow trends outside our own industry, such as products turning into subscriptions or services, and discuss what they could mean for us.',
          },
        },
        {
          id: 'business_model_5',
          type: 'agreement',
          text: {
            nl: 'We onderzoeken actief klantgroepen die we nu nog niet bedienen, en wat we hun zouden kunnen bieden.',
            en: 'We actively explore customer groups we do not serve yet, and what we could offer them.',
          },
        },
      ],
    },

    // --------------------------------------------------------- customer_focus
    {
      id: 'customer_focus',
      title: { nl: 'Klantgerichtheid', en: 'Customer focus' },
      intro: {
        nl: 'Vriendelijke medewerkers alleen maken een bedrijf nog niet klantgericht. Het moet kloppen op drie niveaus: wat ieder zelf doet, hoe jullie samenwerken en hoe de organisatie dat mogelijk maakt.',
        en: "Friendly staff alone don't make a business customer-focused. It has to work at three levels: what each person does, how you work together, and how the organisation makes that possible.",
      },
      questions: [
        {
          id: 'customer_focus_1',
          type: 'agreement',
          text: {
            nl: 'Iedereen in ons bedrijf weet welk gedrag we richting klanten verwachten, en krijgt daar regelmatig feedback op.',
            en: 'Everyone in our business knows what behaviour we expect towards customers, and gets regular feedback on it.',
          },
        },
        {
          id: 'customer_focus_2',
          type: 'agreement',
          text: {
            nl: 'Als medewerkers een idee aandragen om klanten beter te helpen, pakken we dat op en laten we weten wat ermee is gebeurd.',
            en: 'When employees suggest ways to serve customers better, we act on it and tell them what became of their idea.',
          },
        },
        {
          id: 'customer_focus_3',
          type: 'agreement',
          text: {
            nl: 'Als een klantvraag van de ene collega naar de andere gaat, is altijd duidelijk wie wat doet en wanneer.',
            en: 'When a customer request passes from one colleague to another, it is always clear who does what and by when.',
          },
        },
        {
          id: 'customer_focus_4',
          type: 'agreement',
          text: {
            nl: 'We spreken elkaar aan op hoe we met klanten omgaan, ook als dat ongemakkelijk voelt.',
            en: 'We give each other feedback on how we deal with customers, even when that feels awkward.',
          },
        },
        {
          id: 'customer_focus_5',
          type: 'agreement',
          text: {
            nl: 'Onze systemen en middelen, zoals telefonie, software en klantgegevens, helpen medewerkers om klanten snel en goed te helpen.',
            en: 'Our systems and tools, such as phones, software and customer records, help our people serve customers quickly and well.',
          },
        },
      ],
    },

    // ----------------------------------------------------------- satisfaction
    {
      id: 'satisfaction',
      title: { nl: 'Klanttevredenheid en loyaliteit', en: 'Customer satisfaction and loyalty' },
      intro: {
        nl: 'Een klant die precies krijgt wat hij verwachtte, is tevreden maar stapt net zo makkelijk over. Pas als je meer levert dan verwacht, win je promotors: klanten die blijven, meer kopen en je aanbevelen.',
        en: 'A customer who gets exactly what they expected is satisfied, but will switch just as easily. Only by going beyond expectations do you win promoters: customers who stay, buy more and recommend you.',
      },
      questions: [
        {
          id: 'satisfaction_1',
          type: 'agreement',
          text: {
            nl: 'Na een levering of afgerond project checken we bij de klant of we hebben waargemaakt wat die van ons verwachtte.',
            en: 'After a delivery or a finished project, we check with the customer whether we lived up to what they expected.',
          },
        },
        {
          id: 'satisfaction_2',
          type: 'agreement',
          text: {
            nl: 'Minstens één keer per jaar vragen we klanten op een vaste, vergelijkbare manier hoe tevreden ze over ons zijn.',
            en: 'At least once a year we ask customers, in a consistent way, how satisfied they are with us.',
          },
        },
        {
          id: 'satisfaction_3',
          type: 'agreement',
          text: {
            nl: 'We vragen klanten hoe waarschijnlijk het is dat ze ons aanbevelen, en houden bij hoe die score zich ontwikkelt.',
            en: 'We ask customers how likely they are to recommend us, and track how that score changes over time.',
          },
          help: {
            nl: 'Dit is de basis van de Net Promoter Score: het percentage klanten dat een 9 of 10 geeft, min het percentage dat een 0 tot en met 6 geeft.',
            en: 'This is the basis of the Net Promoter Score: the percentage of customers answering 9 or 10, minus the percentage answering 0 to 6.',
          },
        },
        {
          id: 'satisfaction_4',
          type: 'agreement',
          text: {
            nl: 'We weten welke klanten onze promotors zijn en geven hun bewust extra aandacht.',
            en: 'We know which customers are our promoters and deliberately give them extra attention.',
          },
          help: {
            nl: 'Een promotor is een klant die meer kreeg dan verwacht: zo iemand blijft langer, koopt meer en raadt je uit zichzelf aan.',
            en: 'A promoter is a customer who got more than they expected: they stay longer, buy more and recommend you unprompted.',
          },
        },
        {
          id: 'satisfaction_5',
          type: 'agreement',
          text: {
            nl: 'Na elke tevredenheidsmeting bespreken we de uitkomsten met het team en voeren we minstens één concrete verbetering door.',
            en: 'After every satisfaction survey we discuss the results with the team and put at least one concrete improvement in place.',
          },
        },
      ],
    },

    // ------------------------------------------------------------- complaints
    {
      id: 'complaints',
      title: { nl: 'Klachtafhandeling', en: 'Complaint handling' },
      intro: {
        nl: 'De meeste ontevreden klanten klagen niet, ze vertrekken stilletjes. Elke klacht die je wél hoort, is een kans om een klant te behouden en je bedrijf te verbeteren.',
        en: 'Most dissatisfied customers never complain; they quietly leave. Every complaint you do hear is a chance to keep a customer and improve your business.',
      },
      questions: [
        {
          id: 'complaints_1',
          type: 'agreement',
          text: {
            nl: 'We nodigen klanten actief uit om te laten weten wat er beter kan, bijvoorbeeld door er na elke levering naar te vragen.',
            en: 'We actively invite customers to tell us what could be better, for example by asking after every delivery.',
          },
          help: {
            nl: 'Voordat een klant klaagt, moet die drie klaagdrempels over: is het de moeite waard, weet ik waar ik terechtkan, en hoe zullen ze me behandelen?',
            en: 'Before complaining, a customer has to get past three complaint thresholds: is it worth the effort, do I know where to go, and how will I be treated?',
          },
        },
        {
          id: 'complaints_2',
          type: 'agreement',
          reverse: true,
          text: {
            nl: 'Wie bij ons een klacht wil indienen, moet eerst zelf uitzoeken waar en bij wie dat kan.',
            en: 'Customers who want to complain have to work out for themselves where to go and whom to contact.',
          },
        },
        {
          id: 'complaints_3',
          type: 'agreement',
          text: {
            nl: 'We reageren op elke klacht binnen een vaste termijn, in begrijpelijke taal en op een toon waaruit blijkt dat we de klant serieus nemen.',
            en: 'We respond to every complaint within a set time, in plain language and in a tone that shows we take the customer seriously.',
          },
        },
        {
          id: 'complaints_4',
          type: 'agreement',
          text: {
            nl: 'Elke klacht wordt vastgelegd en gevolgd tot de klant heeft gehoord hoe die is opgelost.',
            en: 'Every complaint is logged and followed up until the customer has heard how it was resolved.',
          },
        },
        {
          id: 'complaints_5',
          type: 'agreement',
          text: {
            nl: 'We analyseren klachten regelmatig op terugkerende oorzaken en passen onze werkwijze daarop aan.',
            en: 'We regularly analyse complaints for recurring causes and change the way we work as a result.',
          },
        },
      ],
    },

    // ------------------------------------------------------------------ sales
    {
      id: 'sales',
      title: { nl: 'Verkoop', en: 'Sales' },
      intro: {
        nl: 'Groei begint vaak bij de klanten die je al hebt. Oprechte aandacht, een vast contactritme en kennis delen waar de ander echt iets aan heeft, leveren op termijn meer op dan een harde verkooppraat.',
        en: 'Growth often starts with the customers you already have. Genuine attention, a steady rhythm of contact and sharing knowledge people can actually use pay off more in the long run than a hard sell.',
      },
      questions: [
        {
          id: 'sales_1',
          type: 'agreement',
          reverse: true,
          text: {
            nl: 'We nemen vooral contact op met bestaande klanten als we iets te verkopen hebben.',
            en: 'We mostly get in touch with existing customers when we have something to sell.',
          },
        },
        {
          id: 'sales_2',
          type: 'agreement',
          text: {
            nl: 'We delen regelmatig kennis waar potentiële klanten iets aan hebben, zoals artikelen, webinars of praktische tips, zonder er meteen een verkooppraatje aan te hangen.',
            en: 'We regularly share knowledge that potential customers can use, such as articles, webinars or practical tips, without tacking on an immediate sales pitch.',
          },
        },
        {
          id: 'sales_3',
          type: 'agreement',
          text: {
            nl: 'Voor elke belangrijke klant en prospect ligt vast hoe vaak en via welk kanaal we contact hebben.',
            en: 'For every key customer and prospect we have agreed how often and through which channel we get in touch.',
          },
        },
        {
          id: 'sales_4',
          type: 'agreement',
          text: {
            nl: 'Als we een deal binnenhalen, vieren we dat zichtbaar met het hele team.',
            en: 'When we win a deal, we celebrate it visibly with the whole team.',
          },
        },
        {
          id: 'sales_5',
          type: 'agreement',
          text: {
            nl: 'Iedereen die bij ons verkoopt, kan in één zin vertellen waar we dit jaar op inzetten en wat er van hem of haar verwacht wordt.',
            en: 'Everyone who sells for us can say in one sentence what we are focusing on this year and what is expected of them.',
          },
        },
      ],
    },

    // --------------------------------------------------------------- branding
    {
      id: 'branding',
      title: { nl: 'Merk en communicatie', en: 'Brand and communication' },
      intro: {
        nl: 'Aandacht kun je niet meer kopen: mensen negeren wat hen niet raakt. Wie op het juiste moment relevant is, en makkelijker te vinden, te begrijpen en te kopen dan de concurrent, wint.',
        en: "You can no longer buy attention: people ignore what doesn't concern them. The business that is relevant at the right moment, and easier to find, understand and buy from than its rivals, wins.",
      },
      questions: [
        {
          id: 'branding_1',
          type: 'agreement',
          text: {
            nl: 'We weten waar onze klanten wakker van liggen en wanneer ons aanbod voor hen relevant wordt, en we plannen onze communicatie daarop.',
            en: 'We know what keeps our customers up at night and when our offer becomes relevant to them, and we plan our communication around that.',
          },
        },
        {
          id: 'branding_2',
          type: 'agreement',
          text: {
            nl: 'We weten met welke zoektermen potentiële klanten zoeken naar wat wij bieden, en we zijn op die termen goed te vinden.',
            en: 'We know which search terms potential customers use when looking for what we offer, and we show up well for those terms.',
          },
        },
        {
          id: 'branding_3',
          type: 'agreement',
          text: {
            nl: 'We baseren onze boodschap op gegevens over wat er in de markt speelt, niet alleen op ons eigen gevoel.',
            en: 'We base our messaging on data about what is going on in the market, not just on our own gut feeling.',
          },
        },
        {
          id: 'branding_4',
          type: 'agreement',
          text: {
            nl: 'We hebben de klantreis van eerste contact tot na de aankoop uitgetekend en weten op welke momenten klanten afhaken.',
            en: 'We have mapped the customer journey from first contact to after the purchase, and we know where customers drop out.',
          },
        },
        {
          id: 'branding_5',
          type: 'agreement',
          text: {
            nl: 'We hebben vergeleken hoe makkelijk klanten bij ons en bij concurrenten iets vinden, begrijpen en kopen, en op basis daarvan verbeteringen doorgevoerd.',
            en: 'We have compared how easily customers can find, understand and buy from us and from our competitors, and made improvements as a result.',
          },
        },
      ],
    },

    // ---------------------------------------------------------- relationships
    {
      id: 'relationships',
      title: { nl: 'Relatiebeheer en afspraken', en: 'Relationships and agreements' },
      intro: {
        nl: 'Duurzame klantrelaties vragen aandacht, investeringen in mensen en middelen, en meerwaarde die je kunt aantonen. Heldere afspraken over serviceniveaus voorkomen dat verwachting en werkelijkheid uit elkaar groeien.',
        en: 'Lasting customer relationships take attention, investment in people and tools, and value you can demonstrate. Clear agreements on service levels stop expectations and reality from drifting apart.',
      },
      questions: [
        {
          id: 'relationships_1',
          type: 'agreement',
          text: {
            nl: 'We leggen alle klantcontacten en afspraken vast in één systeem dat iedereen die met klanten werkt kan inzien.',
            en: 'We record all customer contacts and agreements in one system that everyone who works with customers can access.',
          },
          help: {
            nl: "Zo'n systeem heet een CRM-systeem (customer relationship management); in een klein bedrijf kan een goed bijgehouden spreadsheet ook volstaan.",
            en: 'Such a system is called a CRM (customer relationship management) system; in a small business a well-kept spreadsheet can do the job too.',
          },
        },
        {
          id: 'relationships_2',
          type: 'agreement',
          text: {
            nl: 'We maken elk jaar bewust tijd en budget vrij om de relatie met onze belangrijkste klanten te onderhouden en te verdiepen.',
            en: 'Every year we deliberately set aside time and budget to maintain and deepen our relationships with our key customers.',
          },
        },
        {
          id: 'relationships_3',
          type: 'agreement',
          text: {
            nl: 'We kunnen per belangrijke klant laten zien welke meerwaarde onze samenwerking het afgelopen jaar heeft opgeleverd.',
            en: 'For each key customer we can show what value our work together delivered over the past year.',
          },
        },
        {
          id: 'relationships_4',
          type: 'agreement',
          text: {
            nl: 'Met klanten en leveranciers leggen we vast welke serviceniveaus gelden, hoe en door wie die worden gemeten, en wat er gebeurt als ze niet worden gehaald.',
            en: 'With customers and suppliers we put in writing which service levels apply, how and by whom they are measured, and what happens if they are missed.',
          },
          help: {
            nl: 'Zulke afspraken staan meestal in een service level agreement (SLA), vaak als bijlage bij het contract.',
            en: 'Such agreements usually sit in a service level agreement (SLA), often attached to the contract.',
          },
        },
        {
          id: 'relationships_5',
          type: 'agreement',
          text: {
            nl: 'We evalueren de afgesproken serviceniveaus op vaste momenten, bijvoorbeeld elk kwartaal, samen met de klant of leverancier en stellen ze zo nodig bij.',
            en: 'We review agreed service levels at fixed intervals, for example every quarter, together with the customer or supplier, and adjust them where needed.',
          },
        },
      ],
    },

    // -------------------------------------------------------------- follow_up
    {
      id: 'follow_up',
      title: { nl: 'Contact (optioneel)', en: 'Keeping in touch (optional)' },
      intro: {
        nl: 'Je rapport staat direct na deze stap voor je klaar. Wil je er ook met iemand over sparren?',
        en: 'Your report is ready straight after this step. Would you also like to talk it through with someone?',
      },
      questions: [
        {
          id: 'consent',
          type: 'single',
          required: true,
          text: {
            nl: 'Mag een groeicoach contact met je opnemen om je resultaten te bespreken?',
            en: 'May a growth coach contact you to discuss your results?',
          },
          help: {
            nl: "Kies je 'Nee', dan bewaren we geen persoonsgegevens en blijft je rapport volledig anoniem.",
            en: "If you choose 'No', we store nothing personal and your report stays completely anonymous.",
          },
          options: [
            { value: 'yes', label: { nl: 'Ja, neem gerust contact met me op', en: 'Yes, feel free to contact me' } },
            { value: 'no', label: { nl: 'Nee, ik houd mijn rapport liever anoniem', en: "No, I'd rather keep my report anonymous" } },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------- contact
    {
      id: 'contact',
      title: { nl: 'Je gegevens', en: 'Your details' },
      intro: {
        nl: 'Hiermee kan een groeicoach contact met je opnemen over je resultaten.',
        en: 'A growth coach will use these details to get in touch with you about your results.',
      },
      showIf: { question: 'consent', anyOf: ['yes'] },
      questions: [
        {
          id: 'name',
          type: 'text',
          required: true,
          autocomplete: 'name',
          text: { nl: 'Je naam', en: 'Your name' },
        },
        {
          id: 'company',
          type: 'text',
          required: false,
          autocomplete: 'organization',
          text: { nl: 'Bedrijfsnaam', en: 'Company name' },
        },
        {
          id: 'email',
          type: 'text',
          format: 'email',
          required: true,
          autocomplete: 'email',
          text: { nl: 'E-mailadres', en: 'Email address' },
        },
      ],
    },
  ],
};

/**
 * The Growth Test as answered from the public start page by an entrepreneur,
 * version 1. Stored responses keep the version they were answered against:
 * any change that could alter answers or scores belongs in a new version.
 */
export const growthTestV1 = SurveySchema.parse(definition);
