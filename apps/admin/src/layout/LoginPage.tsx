import { Login, LoginForm, TextInput, required } from 'react-admin';

/**
 * react-admin's login page and form, with a plain password field: PasswordInput's "Show password" toggle
 * would be a second element labelled "password", which makes label-based selectors (and screen-reader
 * "password" lookups) ambiguous on the one page every user sees.
 */
export const LoginPage = () => (
  <Login>
    <LoginForm>
      <TextInput autoFocus source="username" label="ra.auth.username" autoComplete="username" validate={required()} />
      <TextInput
        source="password"
        type="password"
        label="ra.auth.password"
        autoComplete="current-password"
        validate={required()}
      />
    </LoginForm>
  </Login>
);
