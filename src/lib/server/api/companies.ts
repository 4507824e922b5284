/** GET and POST /api/v1/companies: the client companies a key sees, and adding one to its organisation. */
import { z } from 'zod';
import { COMPANY_NAME_MAX_CHARS } from '../../limits.ts';
import { cleanLine } from '../../forms/parse-form.ts';
import { dataScope } from '../auth/access.ts';
import { createCompany, type CompanyRow } from '../queries/organisations.ts';
import { companiesInScope } from '../queries/api.ts';
import { defineEndpoint } from './endpoint.ts';
import { ApiError } from './errors.ts';

export const CompanySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Company' });

export const NewCompanySchema = z
  .object({
    name: z.string().overwrite(cleanLine).min(1).max(COMPANY_NAME_MAX_CHARS),
  })
  .strict()
  .meta({ id: 'NewCompany' });

const companyJson = (row: CompanyRow): z.input<typeof CompanySchema> => ({ id: row.id, name: row.name, createdAt: row.createdAt.toISOString() });

export const listCompanies = defineEndpoint({
  method: 'GET',
  path: '/companies',
  tag: 'companies',
  summary: 'The client companies the key sees',
  description: "An organisation's key: all its clients, by name. An entrepreneur's key: their own company.",
  reply: { status: 200, description: 'The companies.', schema: z.object({ data: z.array(CompanySchema) }) },
  errors: [],
  async handle({ actor }) {
    return { data: (await companiesInScope(dataScope(actor))).map(companyJson) };
  },
});

export const addCompany = defineEndpoint({
  method: 'POST',
  path: '/companies',
  tag: 'companies',
  summary: "Adds a client company to the key's organisation",
  description: "Only an organisation's key; an entrepreneur's key gets 403.",
  body: NewCompanySchema,
  reply: { status: 201, description: 'The company as stored.', schema: CompanySchema },
  errors: [400, 403, 413, 415, 422],
  async handle({ actor, body }) {
    const scope = dataScope(actor);
    if (scope.kind !== 'organisation') throw new ApiError(403, 'forbidden', "Only an organisation's key adds companies.");
    return companyJson(await createCompany({ organisationId: scope.organisationId, name: body.name }));
  },
});
