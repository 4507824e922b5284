/**
 * Advice per sector (issue 12): one sentence under the opportunity's steps
 * that makes them concrete where this business meets its customers. The
 * nine areas fall into three kinds of work, and within a sector each kind
 * has one note: knowing and hearing customers (core customers,
 * satisfaction, complaints, relationships), being found and chosen (sales,
 * branding), and choosing a direction (ambition, business model, customer
 * focus). "Other" gets none. No note speaks of staff, so a one-person
 * business can read every one.
 */
import type { Localized } from '../../surveys/schema.ts';
import type { GrowthArea } from './scoring.ts';

type Kind = 'customers' | 'market' | 'direction';

const KIND_OF: Record<GrowthArea, Kind> = {
  core_customers: 'customers',
  satisfaction: 'customers',
  complaints: 'customers',
  relationships: 'customers',
  sales: 'market',
  branding: 'market',
  ambition: 'direction',
  business_model: 'direction',
  customer_focus: 'direction',
};

export const SECTOR_NOTES: Record<string, Record<Kind, Localized>> = {
  retail: {
    customers: {
      nl: 'In de detailhandel zit je beste bron aan de kassa en in je webwinkel: vraag vlak na een aankoop of levering om één korte reactie, en kijk in je kassasysteem of webwinkel wie vaker terugkomt.',
      en: 'In retail your best source is the till and your web shop: ask for one short reaction right after a purchase or delivery, and check in your till system or shop data who comes back more often.',
    },
    market: {
      nl: 'In de detailhandel kiezen klanten vaak ter plekke of na even online vergelijken: zorg dat je etalage, je webwinkel en je reviews hetzelfde verhaal vertellen.',
      en: 'In retail, customers often choose on the spot or after a quick online comparison: make sure your shop window, your web shop and your reviews tell the same story.',
    },
    direction: {
      nl: 'In de detailhandel verschuift de omzet steeds tussen winkel en online: bepaal welke rol elk kanaal in je plannen krijgt en wat een klant in elk kanaal van je mag verwachten.',
      en: 'In retail, turnover keeps shifting between shop and online: decide what role each channel plays in your plans and what a customer may expect of you in each.',
    },
  },
  hospitality: {
    customers: {
      nl: 'In de horeca en recreatie spreek je gasten het best tijdens of direct na hun bezoek: een vraag bij het afrekenen of een korte mail de dag erna, terwijl je reserveringssysteem laat zien wie terugkomt.',
      en: 'In hospitality and leisure, guests are best reached during or right after their visit: a question when they pay or a short mail the next day, while your booking system shows who comes back.',
    },
    market: {
      nl: "In de horeca en recreatie beslissen gasten op reviews, foto's en boekingssites: kijk elke week wat daar over je staat en reageer op elke review.",
      en: 'In hospitality and leisure, guests decide on reviews, photos and booking sites: check every week what is said about you there and respond to every review.',
    },
    direction: {
      nl: 'In de horeca en recreatie bepalen de seizoenen veel: maak je plannen per seizoen concreet en bepaal wat gasten in elk seizoen van je moeten merken.',
      en: 'In hospitality and leisure the seasons shape a lot: make your plans concrete per season and decide what guests should notice of you in each.',
    },
  },
  construction: {
    customers: {
      nl: 'In de bouw en installatie is de oplevering het moment: loop het werk samen met de klant na, vraag wat beter kon en houd bij welke opdrachtgevers je terugvragen.',
      en: 'In construction and installation, the handover is the moment: walk through the work with the client, ask what could have been better, and keep track of which clients ask you back.',
    },
    market: {
      nl: 'In de bouw en installatie komt werk vooral via aanbevelingen en offertes: vraag na elke tevreden oplevering om een referentie en volg elke offerte binnen een week na.',
      en: 'In construction and installation, work mostly comes through recommendations and quotes: ask for a reference after every satisfied handover and follow up every quote within a week.',
    },
    direction: {
      nl: 'In de bouw en installatie veranderen regels en techniek snel, zoals rond verduurzaming: kies waarin je over een paar jaar wilt uitblinken en welk werk je daarvoor laat liggen.',
      en: 'In construction and installation, rules and technology change fast, for instance around sustainability: choose what you want to excel at in a few years and which work you will turn down for it.',
    },
  },
  manufacturing: {
    customers: {
      nl: 'In de industrie liggen de antwoorden bij de inkopers én de gebruikers van je product: bespreek met elke grote afnemer eens per jaar levering, kwaliteit en service, en kijk welke orders terugkeren.',
      en: 'In manufacturing the answers lie with both the buyers and the users of your product: review delivery, quality and service with each large customer once a year, and see which orders recur.',
    },
    market: {
      nl: 'In de industrie lopen verkopen via lange trajecten met meerdere beslissers: breng per kans in kaart wie meebeslist en laat voorbeelden van bestaande klanten het werk doen.',
      en: 'In manufacturing, sales run through long processes with several decision-makers: map who has a say for each opportunity and let examples from existing customers do the work.',
    },
    direction: {
      nl: 'In de industrie ligt groei vaak in diensten rond je product, zoals onderhoud of advies: onderzoek welke klanten daarvoor willen betalen.',
      en: 'In manufacturing, growth often lies in services around your product, such as maintenance or advice: find out which customers would pay for them.',
    },
  },
  wholesale_logistics: {
    customers: {
      nl: 'In groothandel, transport en logistiek beoordelen klanten je op levertijd en foutloze orders: meet die per klant en vraag je grootste afnemers elk kwartaal wat hun het meeste tijd of geld kostte.',
      en: 'In wholesale, transport and logistics, customers judge you on delivery times and error-free orders: measure those per customer, and ask your largest accounts each quarter what cost them the most time or money.',
    },
    market: {
      nl: 'In groothandel, transport en logistiek win je op betrouwbaarheid en gemak: laat zien hoe vaak je op tijd levert en maak herhaalorders voor vaste klanten eenvoudig.',
      en: 'In wholesale, transport and logistics you win on reliability and convenience: show how often you deliver on time and make repeat orders easy for regular customers.',
    },
    direction: {
      nl: 'In groothandel, transport en logistiek staan de marges onder druk: kies bewust voor welke klanten en diensten je een stap extra zet, en waar je op efficiëntie concurreert.',
      en: 'In wholesale, transport and logistics margins are under pressure: choose deliberately which customers and services you go the extra mile for, and where you compete on efficiency.',
    },
  },
  business_services: {
    customers: {
      nl: 'In de zakelijke dienstverlening is het afronden van een opdracht het moment: plan een kort evaluatiegesprek en kijk in je urenregistratie welke klanten het meeste opleveren.',
      en: 'In business services, finishing an assignment is the moment: schedule a short evaluation talk, and check in your time records which clients bring in the most.',
    },
    market: {
      nl: 'In de zakelijke dienstverlening kopen klanten vertrouwen in je kennis: laat die zien, bijvoorbeeld met een artikel of presentatie per kwartaal, en vraag tevreden klanten om een introductie.',
      en: 'In business services, clients buy trust in your expertise: show it, for example with an article or a talk each quarter, and ask satisfied clients for an introduction.',
    },
    direction: {
      nl: 'In de zakelijke dienstverlening loopt groeien op uren tegen een grens aan: onderzoek welk deel van je werk je als vast pakket of abonnement kunt aanbieden.',
      en: 'In business services, growing by the hour runs into a ceiling: explore which part of your work you could offer as a fixed package or subscription.',
    },
  },
  ict: {
    customers: {
      nl: 'In ICT en software laten gebruiksgegevens en supportmeldingen zien wie je product echt gebruikt en waar het wringt: combineer ze met een korte vraag in het product of na een afgehandelde melding.',
      en: 'In IT and software, usage data and support tickets show who really uses your product and where it chafes: combine them with a short question inside the product or after a resolved ticket.',
    },
    market: {
      nl: 'In ICT en software vergelijken kopers online en willen ze eerst proberen: maak een demo of proefperiode makkelijk te vinden en volg elke proef binnen een paar dagen persoonlijk op.',
      en: 'In IT and software, buyers compare online and want to try first: make a demo or trial easy to find and follow up every trial personally within a few days.',
    },
    direction: {
      nl: 'In ICT en software gaat de markt snel: leg vast voor welk type klant je de beste keuze wilt zijn, zodat niet elk verzoek je planning bepaalt.',
      en: 'In IT and software the market moves fast: decide which type of customer you want to be the best choice for, so that not every request sets your roadmap.',
    },
  },
  care_education: {
    customers: {
      nl: 'In zorg, welzijn en onderwijs zijn zowel cliënten, ouders of deelnemers als je verwijzers je klanten: vraag beide op een vast moment, zoals na een traject of aan het eind van een periode, wat hen hielp.',
      en: 'In health, social care and education, clients, parents or participants and those who refer them are all your customers: ask both at a set moment, such as after a programme or at the end of a term, what helped them.',
    },
    market: {
      nl: 'In zorg, welzijn en onderwijs komen cliënten vaak via verwijzers, zoals huisartsen, scholen of gemeenten: investeer in die relaties en laat hen weten wat je voor hun cliënten bereikte.',
      en: 'In health, social care and education, clients often come through referrers such as GPs, schools or municipalities: invest in those relationships and let them know what you achieved for the people they sent.',
    },
    direction: {
      nl: 'In zorg, welzijn en onderwijs bepalen financiers en regels mee wat kan: maak naast je missie duidelijk welke resultaten je voor cliënten of deelnemers wilt laten zien.',
      en: 'In health, social care and education, funders and regulations shape what is possible: alongside your mission, be clear about which results you want to show for clients or participants.',
    },
  },
  creative: {
    customers: {
      nl: 'In de creatieve sector is de oplevering van een project het moment: vraag de opdrachtgever wat het werk hun opleverde, en houd bij wie je opnieuw inhuurt en via wie nieuwe opdrachten binnenkomen.',
      en: 'In the creative industries, delivering a project is the moment: ask the client what the work achieved for them, and keep track of who hires you again and through whom new work arrives.',
    },
    market: {
      nl: 'In de creatieve sector is je portfolio je etalage: laat per project zien welk resultaat het de opdrachtgever bracht, niet alleen hoe het eruitziet.',
      en: 'In the creative industries your portfolio is your shop window: show for each project what result it brought the client, not only how it looks.',
    },
    direction: {
      nl: 'In de creatieve sector is het verleidelijk elke mooie opdracht aan te nemen: kies een specialisme of klantgroep waarom je bekend wilt staan en laat je plannen daarop aansluiten.',
      en: 'In the creative industries it is tempting to take every attractive job: choose a speciality or client group you want to be known for and align your plans with it.',
    },
  },
};

/** The note for this sector and area, or null for "other", an unknown sector or none given. */
export function sectorNote(sector: unknown, area: GrowthArea): Localized | null {
  if (typeof sector !== 'string' || !Object.hasOwn(SECTOR_NOTES, sector)) return null;
  return SECTOR_NOTES[sector]![KIND_OF[area]];
}
