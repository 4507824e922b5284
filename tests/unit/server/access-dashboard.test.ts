import { describe, expect, test } from 'vitest';
import { can, dashboardView, routeAccess, type Actor } from '../../../src/lib/server/auth/access.ts';

const admin: Actor = { id: 'a', role: 'admin', organisationId: null, companyId: null };
const coach: Actor = { id: 'c', role: 'consultant', organisationId: 'org1', companyId: null };
const colleague: Actor = { id: 'c2', role: 'consultant', organisationId: 'org1', companyId: null };
const stranger: Actor = { id: 'c3', role: 'consultant', organisationId: 'org2', companyId: null };
const owner: Actor = { id: 'e', role: 'entrepreneur', organisationId: null, companyId: 'co1' };

describe('dashboard access rules', () => {
  test.each([
    ['/dashboard', 'allow', 'allow'],
    ['/dashboard/rapporten/x', 'allow', 'allow'],
    ['/dashboard/klanten/x', 'allow', 'forbidden'],
    ['/dashboard/vergelijken', 'allow', 'forbidden'],
    ['/dashboard/overzicht', 'allow', 'forbidden'],
    ['/dashboard/export.csv', 'allow', 'forbidden'],
  ] as const)('%s: consultant %s, entrepreneur %s', (path, forCoach, forOwner) => {
    expect(routeAccess(path, coach)).toBe(forCoach);
    expect(routeAccess(path, owner)).toBe(forOwner);
    expect(routeAccess(path, null)).toBe('sign-in');
  });

  test('/dashboard shows clients to consultants and administrators, own tests to entrepreneurs', () => {
    expect(dashboardView(admin)).toBe('clients');
    expect(dashboardView(coach)).toBe('clients');
    expect(dashboardView(owner)).toBe('own-company');
    expect(dashboardView({ ...owner!, companyId: null })).toBe('none');
    expect(dashboardView(null)).toBe('none');
  });

  test('only the author edits a note, within their organisation', () => {
    const company = { id: 'co1', organisationId: 'org1' };
    const note = { authorId: 'c' };
    expect(can(coach, { action: 'edit-note', note, company })).toBe(true);
    expect(can(colleague, { action: 'edit-note', note, company })).toBe(false);
    expect(can(stranger, { action: 'edit-note', note, company })).toBe(false);
    expect(can({ ...stranger!, id: 'c' }, { action: 'edit-note', note, company })).toBe(false);
    expect(can(owner, { action: 'edit-note', note, company })).toBe(false);
  });
});
