// Domain events of imports, emitted by the import runner (in the worker) once a run is over.
export const ImportEvents = {
  // Completed, or failed for good (no retry follows). In-process only: not a webhook event.
  Finished: 'import.finished',
} as const;

export interface ImportFinishedEvent {
  id: string;
}
