/** GET, POST /api/v1/surveys/{id}/responses (src/lib/server/api/). */
import { apiRoute } from '../../../../../lib/server/api/index.ts';

export const ALL = apiRoute('/surveys/{id}/responses');
