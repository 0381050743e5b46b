import { createElement, forwardRef } from 'react';
import type { FormControlLabelProps } from '@mui/material';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

// react-admin 5 hands MUI 5's input props (InputProps, inputProps, InputLabelProps…) to MUI components next to the
// slotProps that MUI 9 reads. MUI 9 no longer takes them, so they fall through to the host element and React warns
// about unknown DOM props. The hosts below drop them; what they carried already arrives through slotProps.
const LEGACY_PROPS = ['InputProps', 'inputProps', 'InputLabelProps', 'FormHelperTextProps', 'SelectProps', 'inputRef'];

const withoutLegacyProps = (tag: 'div' | 'span' | 'label') => {
  const Host = forwardRef<HTMLElement, Record<string, unknown>>((props, ref) => {
    const domProps = Object.fromEntries(Object.entries(props).filter(([key]) => !LEGACY_PROPS.includes(key)));
    return createElement(tag, { ...domProps, ref });
  });
  Host.displayName = `Mui9Host(${tag})`;
  return Host;
};

const FormControlHost = withoutLegacyProps('div');
const ButtonBaseHost = withoutLegacyProps('span');
const LabelHost = withoutLegacyProps('label');

const withMui9Compat = (theme: RaThemeOptions): RaThemeOptions => ({
  ...theme,
  components: {
    ...theme.components,
    // TextField's root: every react-admin text, number, date, select and autocomplete input.
    MuiFormControl: {
      ...theme.components?.MuiFormControl,
      defaultProps: { ...theme.components?.MuiFormControl?.defaultProps, component: FormControlHost },
    },
    // The list's select-all and select-row checkboxes (rendered as a span, as MUI's SwitchBase does).
    MuiCheckbox: {
      ...theme.components?.MuiCheckbox,
      defaultProps: { ...theme.components?.MuiCheckbox?.defaultProps, component: ButtonBaseHost },
    },
    // Boolean and checkbox-group inputs hand their field ref to the label (MUI 5's FormControlLabel inputRef).
    // The label has no `component` prop; emotion's `as` swaps its host element, which the types do not list.
    MuiFormControlLabel: {
      ...theme.components?.MuiFormControlLabel,
      defaultProps: {
        ...theme.components?.MuiFormControlLabel?.defaultProps,
        ...({ as: LabelHost } as Partial<FormControlLabelProps>),
      },
    },
  },
});

export const lightTheme = withMui9Compat(defaultLightTheme);
export const darkTheme = withMui9Compat(defaultDarkTheme);
