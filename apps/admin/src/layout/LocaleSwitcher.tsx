import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import TranslateIcon from '@mui/icons-material/Translate';
import { Button, Menu, MenuItem } from '@mui/material';
import { type MouseEvent, useState } from 'react';
import { useLocaleState, useLocales, useTranslate } from 'react-admin';
import { LOCALE_KEY } from '../i18n/i18nProvider';

/** react-admin's LocalesMenuButton has an empty aria-label; this one is named "Language" for screen readers and tests. */
export const LocaleSwitcher = () => {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [locale, setLocale] = useLocaleState();
  const locales = useLocales();
  const translate = useTranslate();
  const current = locales.find((l) => l.locale === locale)?.name ?? locale;

  const choose = (next: string) => {
    setLocale(next);
    // The react-admin store is reset on logout; this key keeps the choice across sessions too.
    window.localStorage.setItem(LOCALE_KEY, next);
    setAnchor(null);
  };

  return (
    <>
      <Button
        color="inherit"
        aria-label={translate('crm.language')}
        aria-haspopup="true"
        aria-controls={anchor ? 'crm-locale-menu' : undefined}
        onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        startIcon={<TranslateIcon />}
        endIcon={<ExpandMoreIcon fontSize="small" />}
      >
        {current}
      </Button>
      <Menu id="crm-locale-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {locales.map((l) => (
          <MenuItem key={l.locale} selected={l.locale === locale} onClick={() => choose(l.locale)} lang={l.locale}>
            {l.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
