/**
 * Every endpoint of /api/v1, in the order the OpenAPI document lists them.
 * A new endpoint: define it beside its kin, add it here, and (for a new
 * path) add a one-line page under src/pages/api/v1/ that serves its path.
 */
import { addCompany, listCompanies } from './companies.ts';
import type { Endpoint } from './endpoint.ts';
import { listResponses, submitResponse, surveyResults } from './responses.ts';
import { getSegmentation, putCustomers } from './segmentation.ts';
import { createSurvey, getSurvey, listSurveys, patchSurvey } from './surveys.ts';
import { serveApi } from './endpoint.ts';

export const API_ENDPOINTS: readonly Endpoint[] = [listCompanies, addCompany, listSurveys, createSurvey, getSurvey, patchSurvey, submitResponse, listResponses, surveyResults, putCustomers, getSegmentation];

/** The Astro handler (`export const ALL`) of one API path. */
export const apiRoute = (path: string) => serveApi(API_ENDPOINTS, path);
