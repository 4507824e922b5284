/**
 * Demo Business Model Canvas of the hotel that runs the demo surveys: the
 * current model and a redesign, with ratings from the seeded random so
 * every demo database gets the same canvas. The 360° report of that hotel
 * is then full (but for the customer segmentation); DEMO_GROWTH_TEST_ONLY_CLIENT
 * has nothing but its Growth Tests.
 */
import { eq } from 'drizzle-orm';
import { companies } from '../db/schema.ts';
import { CANVAS_BLOCKS, type CanvasBlock, type CanvasBlocks } from '../src/lib/analyses/canvas/model.ts';
import type { Database } from '../src/lib/server/db.ts';
import { insertCanvasVersion } from '../src/lib/server/queries/canvas.ts';
import { DEMO_SURVEY_CLIENT } from './seed-demo-surveys.ts';

/** A demo client with Growth Tests only: no surveys, no canvas (its 360° report explains what is missing). */
export const DEMO_GROWTH_TEST_ONLY_CLIENT = 'Drukkerij Vermeer';

export const DEMO_CANVAS_VERSIONS = ['Huidig model', 'Variant: verblijf als abonnement'] as const;

const TODAY: Record<CanvasBlock, [string, string]> = {
  key_partners: ['Boekingssites, de wasserij, twee lokale leveranciers van streekproducten.', 'Als nu, plus een fietsverhuur en twee restaurants in het dorp voor de arrangementen.'],
  key_activities: ['Kamers verhuren, ontbijt serveren, schoonmaak en onderhoud.', 'Arrangementen samenstellen en vaste gasten persoonlijk begeleiden.'],
  key_resources: ['Veertig kamers aan zee, een vaste ploeg van twaalf medewerkers.', 'Dezelfde kamers en ploeg, plus een gastenbestand met voorkeuren.'],
  value_proposition: ['Een rustige kamer vlak aan het strand.', 'Vier keer per jaar een verzorgd weekend aan zee, zonder zelf te plannen.'],
  customer_relationships: ['Vooral via de receptie; na vertrek weinig contact.', 'Een vaste contactpersoon per abonnee en een bericht voor elk seizoen.'],
  channels: ['Vooral boekingssites, een eigen website.', 'De eigen website en mond-tot-mondreclame van abonnees.'],
  customer_segments: ['Stellen en gezinnen in de zomer.', 'Stellen van vijftig plus die buiten het seizoen willen komen.'],
  cost_structure: ['Personeel, commissie van boekingssites, energie.', 'Personeel en energie; minder commissie.'],
  revenue_streams: ['Overnachtingen per nacht, ontbijt.', 'Abonnementen per kwartaal en losse overnachtingen in de zomer.'],
};
const POINTS: Record<CanvasBlock, { pluses: string[]; minuses: string[] }> = {
  key_partners: { pluses: ['Goede streekproducten'], minuses: ['Afhankelijk van boekingssites'] },
  key_activities: { pluses: ['Schoon en op orde'], minuses: ['Weinig tijd voor gasten'] },
  key_resources: { pluses: ['Ligging aan zee', 'Vaste ploeg'], minuses: [] },
  value_proposition: { pluses: ['Rust en uitzicht'], minuses: ['Niet te onderscheiden van de buren'] },
  customer_relationships: { pluses: [], minuses: ['Gasten komen zelden terug', 'Geen contact na vertrek'] },
  channels: { pluses: ['Veel bereik'], minuses: ['Hoge commissie'] },
  customer_segments: { pluses: ['Drukke zomer'], minuses: ['Lege winter'] },
  cost_structure: { pluses: [], minuses: ['Commissie loopt op'] },
  revenue_streams: { pluses: ['Goede zomerprijzen'], minuses: ['Geen omzet buiten het seizoen'] },
};
/** Value and readiness per block in the current model: the relationships and the channels hold it back. */
const RATINGS: Record<CanvasBlock, [number, number]> = {
  key_partners: [3, 4],
  key_activities: [3, 3],
  key_resources: [4, 3],
  value_proposition: [3, 4],
  customer_relationships: [2, 2],
  channels: [2, 3],
  customer_segments: [3, 4],
  cost_structure: [2, 4],
  revenue_streams: [3, 3],
};

function demoCanvas(variant: 0 | 1, random: () => number): CanvasBlocks {
  return Object.fromEntries(
    CANVAS_BLOCKS.map((block) => {
      const [value, readiness] = RATINGS[block];
      // The redesign lifts most blocks by a point or two; the seeded random decides which.
      const lift = variant === 0 ? 0 : 1 + Math.floor(random() * 2);
      return [block, { today: TODAY[block][variant], ...POINTS[block], value: Math.min(5, value + lift), readiness: Math.min(5, readiness + (variant === 0 ? 0 : Math.floor(random() * 2))) }];
    }),
  ) as CanvasBlocks;
}

/** The hotel's canvas in two versions; the demo clients of seed-demo.ts must exist. */
export async function seedDemoCanvas(db: Database, random: () => number): Promise<number> {
  const hotel = await db.query.companies.findFirst({ where: eq(companies.name, DEMO_SURVEY_CLIENT) });
  if (!hotel) throw new Error('the demo canvas needs the demo hotel');
  await insertCanvasVersion(hotel.id, DEMO_CANVAS_VERSIONS[0], demoCanvas(0, random), db);
  await insertCanvasVersion(hotel.id, DEMO_CANVAS_VERSIONS[1], demoCanvas(1, random), db);
  return DEMO_CANVAS_VERSIONS.length;
}
