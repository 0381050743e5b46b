import type { useTranslate } from 'react-admin';

type Translate = ReturnType<typeof useTranslate>;

/**
 * The name of whoever made a change, in the UI language. People and API keys are shown by their recorded
 * name; the server's own actors ("system", "seed", "job <queue>/<name>") are keys translated here.
 */
export function actorLabel(
  translate: Translate,
  actor: { actorName?: string | null; actorKind?: string | null; actorId?: string | null },
): string {
  const system = actor.actorKind ? actor.actorKind === 'system' : !actor.actorId;
  const name = actor.actorName ?? null;
  if (!system && name) return name;
  if (!name) return translate('crm.actors.system');
  const job = /^job (.+)$/.exec(name);
  if (job) return translate('crm.actors.job', { name: job[1] });
  return translate(`crm.actors.${name}`, { _: name });
}
