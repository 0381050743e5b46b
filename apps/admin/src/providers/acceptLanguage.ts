const HEADER: Record<string, string> = { en: 'en', zh: 'zh-CN' };

/** The Accept-Language for a UI locale; the API answers its problem details (errors) in it. */
export const acceptLanguage = (locale: string) => HEADER[locale] ?? 'en';

/**
 * A fetch for the API client that sends the UI's current language with every request (retries
 * included), read at send time so switching language applies to the next request.
 */
export function fetchInLocale(
  getLocale: () => string,
  doFetch: (input: Request) => Promise<Response> = (input) => globalThis.fetch(input),
) {
  return (input: Request) => {
    input.headers.set('Accept-Language', acceptLanguage(getLocale()));
    return doFetch(input);
  };
}
