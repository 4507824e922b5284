/** GET, POST /api/v1/surveys (src/lib/server/api/). */
import { apiRoute } from '../../../../lib/server/api/index.ts';

export const ALL = apiRoute('/surveys');
