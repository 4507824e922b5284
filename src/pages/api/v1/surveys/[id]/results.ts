/** GET /api/v1/surveys/{id}/results (src/lib/server/api/). */
import { apiRoute } from '../../../../../lib/server/api/index.ts';

export const ALL = apiRoute('/surveys/{id}/results');
