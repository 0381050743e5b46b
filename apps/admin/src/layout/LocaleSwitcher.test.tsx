import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { CrmAdmin } from '../App';
import { LOCALE_KEY, createI18nProvider, storedLocale } from '../i18n/i18nProvider';
import { fakeAuthProvider } from '../test/TestAdmin';
import { fakeDataProvider } from '../test/fakeDataProvider';

describe('LocaleSwitcher', () => {
  it('switches the menu to Simplified Chinese and remembers the choice', async () => {
    render(
      <CrmAdmin
        dataProvider={fakeDataProvider()}
        authProvider={fakeAuthProvider(['admin'])}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      />,
    );
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Users' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Language' }));
    await user.click(await screen.findByRole('menuitem', { name: '简体中文' }));

    expect(await screen.findByRole('link', { name: '用户' })).toBeInTheDocument();
    for (const name of ['仪表盘', '部门', 'API 密钥', '审计日志', '后台任务', '通知']) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: '语言' })).toBeInTheDocument();
    expect(window.localStorage.getItem(LOCALE_KEY)).toBe('zh');
    expect(storedLocale()).toBe('zh');
  });
});
