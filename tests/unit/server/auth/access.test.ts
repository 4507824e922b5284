import { describe, expect, test } from 'vitest';
import { can, dataScope, routeAccess, type Actor } from '../../../../src/lib/server/auth/access.ts';

const admin: Actor = { id: 'a', role: 'admin', organisationId: null, companyId: null };
const consultant: Actor = { id: 'c', role: 'consultant', organisationId: 'org1', companyId: null };
const consultantWithoutOrg: Actor = { id: 'c2', role: 'consultant', organisationId: null, companyId: null };
const entrepreneur: Actor = { id: 'e', role: 'entrepreneur', organisationId: null, companyId: 'co1' };
const ownClient = { id: 'co1', organisationId: 'org1' };
const otherClient = { id: 'co2', organisationId: 'org2' };
const independent = { id: 'co3', organisationId: null };

describe('routeAccess', () => {
  test.each([
    ['/', null, 'allow'],
    ['/groeitest', null, 'allow'],
    ['/dashboard', null, 'sign-in'],
    ['/dashboard/klanten/x', entrepreneur, 'forbidden'],
    ['/dashboard/klanten/x', consultant, 'allow'],
    ['/dashboard-fake', null, 'allow'],
    ['/admin', consultant, 'forbidden'],
    ['/admin', admin, 'allow'],
    ['/admin/anything', entrepreneur, 'forbidden'],
    ['/account', null, 'sign-in'],
  ] as const)('%s as %j → %s', (path, actor, decision) => {
    expect(routeAccess(path, actor)).toBe(decision);
  });
});

describe('can', () => {
  test.each([
    [admin, { action: 'view-company', company: otherClient }, true],
    [consultant, { action: 'view-company', company: ownClient }, true],
    [consultant, { action: 'view-company', company: otherClient }, false],
    [consultant, { action: 'view-company', company: independent }, false],
    [consultantWithoutOrg, { action: 'view-company', company: independent }, false],
    [entrepreneur, { action: 'view-company', company: ownClient }, true],
    [entrepreneur, { action: 'view-company', company: otherClient }, false],
    [entrepreneur, { action: 'manage-company', company: ownClient }, false],
    [consultant, { action: 'manage-company', company: ownClient }, true],
    [consultant, { action: 'view-organisation', organisationId: 'org2' }, false],
    [consultant, { action: 'invite-to-organisation', organisationId: 'org1' }, true],
    [consultant, { action: 'manage-organisations' }, false],
    [null, { action: 'view-company', company: ownClient }, false],
    // The canvas: the entrepreneur and the organisation's coaches fill it in; only coaches write comments for the client.
    [entrepreneur, { action: 'edit-canvas', company: ownClient }, true],
    [entrepreneur, { action: 'edit-canvas', company: otherClient }, false],
    [consultant, { action: 'edit-canvas', company: ownClient }, true],
    [consultant, { action: 'edit-canvas', company: otherClient }, false],
    [consultant, { action: 'comment-for-client', company: ownClient }, true],
    [consultant, { action: 'comment-for-client', company: otherClient }, false],
    [entrepreneur, { action: 'comment-for-client', company: ownClient }, false],
    [null, { action: 'edit-canvas', company: ownClient }, false],
  ] as const)('%j may %j: %s', (actor, permission, allowed) => {
    expect(can(actor, permission)).toBe(allowed);
  });

  test('data scopes narrow every list to what the actor may see', () => {
    expect(dataScope(admin)).toEqual({ kind: 'all' });
    expect(dataScope(consultant)).toEqual({ kind: 'organisation', organisationId: 'org1' });
    expect(dataScope(entrepreneur)).toEqual({ kind: 'company', companyId: 'co1' });
    expect(dataScope(consultantWithoutOrg)).toEqual({ kind: 'none' });
    expect(dataScope(null)).toEqual({ kind: 'none' });
  });
});
