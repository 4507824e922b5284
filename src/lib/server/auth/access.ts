/**
 * Who may see what: the one place that decides. The middleware asks
 * `routeAccess` for every request; code that loads an organisation's data
 * asks `can` (or uses `dataScope`) before returning anything. Pages never
 * repeat these rules.
 */
import type { SessionUser } from './session.ts';

export type Role = SessionUser['role'];
export type Actor = Pick<SessionUser, 'id' | 'role' | 'organisationId' | 'companyId'> | null;

/**
 * Path prefixes (after the /en prefix is removed) and the roles that may
 * open them. The first matching prefix decides, so the consultant tools
 * under /dashboard come before /dashboard itself (where an entrepreneur
 * sees their own tests).
 */
const PROTECTED_ROUTES: { prefix: string; roles: Role[] }[] = [
  { prefix: '/admin', roles: ['admin'] },
  { prefix: '/dashboard/klanten', roles: ['admin', 'consultant'] },
  { prefix: '/dashboard/vergelijken', roles: ['admin', 'consultant'] },
  { prefix: '/dashboard/overzicht', roles: ['admin', 'consultant'] },
  { prefix: '/dashboard/export.csv', roles: ['admin', 'consultant'] },
  { prefix: '/dashboard/uitnodigen', roles: ['consultant'] },
  { prefix: '/dashboard/insluiten', roles: ['consultant'] },
  // An organisation's leads, public test and branding: its coaches only (the administrator belongs to no organisation).
  { prefix: '/dashboard/leads', roles: ['consultant'] },
  { prefix: '/dashboard/groeitest', roles: ['consultant'] },
  { prefix: '/dashboard/organisatie', roles: ['consultant'] },
  { prefix: '/dashboard', roles: ['admin', 'consultant', 'entrepreneur'] },
  { prefix: '/account', roles: ['admin', 'consultant', 'entrepreneur'] },
];

export type RouteDecision = 'allow' | 'sign-in' | 'forbidden';

export function routeAccess(path: string, actor: Actor): RouteDecision {
  const rule = PROTECTED_ROUTES.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`));
  if (!rule) return 'allow';
  if (!actor) return 'sign-in';
  return rule.roles.includes(actor.role) ? 'allow' : 'forbidden';
}

/** A client company as access decisions see it. */
export interface CompanyRef {
  id: string;
  organisationId: string | null;
}

export type Permission =
  | { action: 'manage-organisations' }
  | { action: 'view-company'; company: CompanyRef }
  | { action: 'manage-company'; company: CompanyRef }
  /** Create, see and open or close survey instances of a company (and read their results). */
  | { action: 'run-surveys'; company: CompanyRef }
  | { action: 'edit-note'; note: { authorId: string | null }; company: CompanyRef }
  /** Fill in the company's Business Model Canvas and make new versions of it. */
  | { action: 'edit-canvas'; company: CompanyRef }
  /** Write a comment the client reads (on a canvas block, on the 360° report). */
  | { action: 'comment-for-client'; company: CompanyRef }
  | { action: 'view-organisation'; organisationId: string }
  | { action: 'invite-to-organisation'; organisationId: string };

export function can(actor: Actor, permission: Permission): boolean {
  if (!actor) return false;
  if (actor.role === 'admin') return true;
  switch (permission.action) {
    case 'manage-organisations':
      return false;
    case 'view-company':
      return (
        (actor.role === 'consultant' && actor.organisationId !== null && permission.company.organisationId === actor.organisationId) ||
        (actor.role === 'entrepreneur' && actor.companyId === permission.company.id)
      );
    case 'manage-company':
      return actor.role === 'consultant' && actor.organisationId !== null && permission.company.organisationId === actor.organisationId;
    case 'run-surveys':
      // A coach for their organisation's clients; an entrepreneur for their own company.
      return can(actor, { action: 'manage-company', company: permission.company }) || (actor.role === 'entrepreneur' && actor.companyId === permission.company.id);
    case 'edit-note':
      // Colleagues read each other's notes on a client; only the author changes or removes one.
      return can(actor, { action: 'manage-company', company: permission.company }) && permission.note.authorId === actor.id;
    case 'edit-canvas':
      // The entrepreneur maps their own model; their coach may fill it in with them.
      return can(actor, { action: 'run-surveys', company: permission.company });
    case 'comment-for-client':
      return can(actor, { action: 'manage-company', company: permission.company });
    case 'view-organisation':
    case 'invite-to-organisation':
      return actor.role === 'consultant' && actor.organisationId === permission.organisationId;
  }
}

/**
 * The rows a list query may return for this actor: everything (admin), one
 * organisation's (consultant), one company's (entrepreneur), or nothing.
 */
export type DataScope = { kind: 'all' } | { kind: 'organisation'; organisationId: string } | { kind: 'company'; companyId: string } | { kind: 'none' };

export function dataScope(actor: Actor): DataScope {
  if (!actor) return { kind: 'none' };
  if (actor.role === 'admin') return { kind: 'all' };
  if (actor.role === 'consultant' && actor.organisationId) return { kind: 'organisation', organisationId: actor.organisationId };
  if (actor.role === 'entrepreneur' && actor.companyId) return { kind: 'company', companyId: actor.companyId };
  return { kind: 'none' };
}

/** What /dashboard shows an actor: their clients, their own company's tests, or nothing yet. */
export type DashboardView = 'clients' | 'own-company' | 'none';

export function dashboardView(actor: Actor): DashboardView {
  const scope = dataScope(actor);
  if (scope.kind === 'all' || scope.kind === 'organisation') return 'clients';
  if (scope.kind === 'company') return 'own-company';
  return 'none';
}
