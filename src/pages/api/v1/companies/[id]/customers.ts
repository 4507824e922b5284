/** PUT /api/v1/companies/{id}/customers (src/lib/server/api/segmentation.ts). */
import { apiRoute } from '../../../../../lib/server/api/index.ts';

export const ALL = apiRoute('/companies/{id}/customers');
