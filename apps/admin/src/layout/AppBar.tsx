import { useState } from 'react';
import { AppBar, LoadingIndicator, Logout, TitlePortal, UserMenu } from 'react-admin';
import { ChangePasswordDialog, ChangePasswordMenuItem } from './ChangePasswordDialog';
import { GlobalSearch } from './GlobalSearch';
import { LocaleSwitcher } from './LocaleSwitcher';
import { NotificationsBell } from './NotificationsBell';

export const CrmAppBar = () => {
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <>
      <AppBar
        toolbar={
          <>
            <GlobalSearch />
            <LocaleSwitcher />
            <NotificationsBell />
            <LoadingIndicator />
          </>
        }
        userMenu={
          <UserMenu>
            <ChangePasswordMenuItem onOpen={() => setChangingPassword(true)} />
            <Logout />
          </UserMenu>
        }
      >
        <TitlePortal />
      </AppBar>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
};
