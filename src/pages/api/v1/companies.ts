/** GET, POST /api/v1/companies (src/lib/server/api/). */
import { apiRoute } from '../../../lib/server/api/index.ts';

export const ALL = apiRoute('/companies');
