import { registerMessages, type Keys } from '@crm/server-core';
import { en } from './messages.en';
import { zh } from './messages.zh';

// The lib's messages join the API's catalog when the lib loads (index.ts and customers.module.ts
// import this file), and its keys join MessageKeys so `msg()` type-checks them.
registerMessages({ en, zh });

declare module '@crm/server-core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MessageKeys extends Keys<typeof en> {}
}
