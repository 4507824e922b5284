/** GET, PATCH /api/v1/surveys/{id} (src/lib/server/api/). */
import { apiRoute } from '../../../../../lib/server/api/index.ts';

export const ALL = apiRoute('/surveys/{id}');
