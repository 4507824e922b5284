/** Any other path below /api/v1, with any method: a JSON 404, never the site's HTML page. */
import { unknownApiPath } from '../../../lib/server/api/endpoint.ts';

export const ALL = () => unknownApiPath();
