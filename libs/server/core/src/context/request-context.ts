import { AsyncLocalStorage } from 'node:async_hooks';

export interface Actor {
  id: string | null;
  kind: 'user' | 'api_key' | 'system';
  name?: string;
}

interface Store {
  actor?: Actor;
  requestId?: string;
}

// Carries the acting user through a request (or a job) so the audit log can record who did what.
export const requestContext = new AsyncLocalStorage<Store>();

export const currentActor = (): Actor => requestContext.getStore()?.actor ?? { id: null, kind: 'system' };

export function setActor(actor: Actor) {
  const store = requestContext.getStore();
  if (store) store.actor = actor;
}

export const runAsSystem = <T>(name: string, fn: () => T): T =>
  requestContext.run({ actor: { id: null, kind: 'system', name } }, fn);
