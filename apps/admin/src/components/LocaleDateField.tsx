import { DateField, type DateFieldProps, useLocale } from 'react-admin';

/** DateField formatted in the app's language rather than the browser's. */
export const LocaleDateField = (props: DateFieldProps) => {
  const locale = useLocale();
  return <DateField showTime locales={locale === 'zh' ? 'zh-CN' : 'en-US'} {...props} />;
};
