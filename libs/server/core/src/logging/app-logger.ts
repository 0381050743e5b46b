import { ConsoleLogger, LogLevel } from '@nestjs/common';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
// Nest's own start-up chatter (one line per module and route) hides the lines people need.
const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

export function logLevelsFrom(level: LogLevel): LogLevel[] {
  return ORDER.slice(0, ORDER.indexOf(level) + 1);
}

// The process logger of API, worker and CLIs: the configured level, minus boot chatter below debug.
export class AppLogger extends ConsoleLogger {
  private readonly quietBoot: boolean;

  constructor(level: LogLevel) {
    super({ logLevels: logLevelsFrom(level) });
    this.quietBoot = ORDER.indexOf(level) < ORDER.indexOf('debug');
  }

  override log(message: unknown, ...rest: unknown[]) {
    const context = rest[rest.length - 1];
    if (this.quietBoot && typeof context === 'string' && BOOT_CONTEXTS.has(context)) return;
    super.log(message, ...(rest as [string]));
  }
}
