import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { captureOwnerStack } from 'react';
import { format } from 'node:util';
import { afterEach, expect } from 'vitest';

// Whole-app renders can take seconds on a busy 2-core CI machine; findBy*/waitFor wait for them.
configure({ asyncUtilTimeout: 10_000 });

// React's development warnings (unknown DOM props, missing keys, bad nesting…) fail the test that caused them,
// so fixed ones cannot come back unnoticed. Matched on React's own wording.
const REACT_WARNINGS = [
  /React does not recognize the `.+` prop on a DOM element/,
  /Invalid DOM property `.+`/,
  /Unknown event handler property `.+`/,
  /Received `.+` for a non-boolean attribute/,
  /Each child in a list should have a unique "key" prop/,
  /Encountered two children with the same key/,
  /cannot be a (child|descendant) of <.+>/,
  /cannot contain a nested <.+>/,
  /is using incorrect casing/,
  /The tag <.+> is unrecognized in this browser/,
];
const warnings: string[] = [];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const message = format(...args);
  if (REACT_WARNINGS.some((pattern) => pattern.test(message))) {
    warnings.push(`${message}${captureOwnerStack?.() ?? ''}`);
  }
  consoleError(...args);
};

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  const found = warnings.splice(0);
  expect(found, 'React warned while this test ran').toEqual([]);
});
