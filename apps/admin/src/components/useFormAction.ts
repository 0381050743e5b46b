import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { HttpError, useNotify } from 'react-admin';

/**
 * Wraps a non-CRUD action (lifecycle change, merge, cancel…) as a react-admin `<Form onSubmit>`: the API's
 * field errors come back to the form under the inputs, and its detail shows as a notification.
 */
export function useFormAction<V extends FieldValues, R>(
  action: (values: V) => Promise<R>,
  onDone: (result: R) => void,
) {
  const notify = useNotify();
  const [isPending, setPending] = useState(false);
  const onSubmit = async (values: FieldValues) => {
    setPending(true);
    try {
      const result = await action(values as V);
      onDone(result);
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      const fieldErrors =
        error instanceof HttpError ? (error.body as { errors?: FieldValues } | undefined)?.errors : undefined;
      return fieldErrors;
    } finally {
      setPending(false);
    }
  };
  return { onSubmit, isPending };
}
