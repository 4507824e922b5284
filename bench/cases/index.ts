/**
 * Every benchmark case, in the order a full run takes them. To add one:
 * write bench/cases/<name>.ts exporting a BenchCase (see bench/lib/types.ts
 * and bench/README.md) and list it here.
 */
import type { BenchCase } from '../lib/types.ts';
import { libsqlInserts } from './libsql-inserts.ts';
import { lighthouseCase } from './lighthouse.ts';
import { pageWeight } from './page-weight.ts';
import { reportRender } from './report-render.ts';
import { submission, surveySubmission } from './submission.ts';
import { surveyResults } from './survey-results.ts';
import { segmentation } from './segmentation.ts';
import { apiSubmission } from './api-submission.ts';

export const CASES: BenchCase[] = [submission, surveySubmission, apiSubmission, libsqlInserts, reportRender, surveyResults, segmentation, pageWeight, lighthouseCase];
