import { INestApplication, VersioningType } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { requestContext } from '../context/request-context';
import { AppConfig } from '../config/app-config';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { createValidationPipe } from '../errors/validation.pipe';

export const API_PREFIX = 'api';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('CRM API')
    .setDescription(
      'REST API of the CRM. Lists answer {data,total,page,pageSize}; errors are RFC 9457 problem details.',
    )
    .setVersion('1')
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'apiKey')
    .addSecurityRequirements('bearer')
    .addSecurityRequirements('apiKey')
    .build();
  return SwaggerModule.createDocument(app, config, { operationIdFactory: (_c, method) => method });
}

// Everything about HTTP that main.ts and the tests must share.
export function configureHttpApp(app: NestExpressApplication, config: AppConfig, options: { docs?: boolean } = {}) {
  // /api/v1/<resource>; version-neutral routes (health) sit at /api/<path>.
  app.setGlobalPrefix(API_PREFIX);
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  // Each request runs in its own context; the auth guard puts the actor there for the audit log.
  app.use((req: { headers: Record<string, unknown> }, _res: unknown, next: () => void) => {
    const incoming = req.headers['x-request-id'];
    requestContext.run({ requestId: typeof incoming === 'string' ? incoming.slice(0, 100) : randomUUID() }, next);
  });
  app.use(
    helmet({
      // Swagger UI and Bull Board need inline scripts/styles on their own pages.
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.enableCors({
    origin: (origin, cb) => cb(null, !origin || config.corsOrigins.includes(origin)),
    credentials: true,
    exposedHeaders: ['Content-Disposition', 'X-Total-Count'],
  });
  app.useBodyParser('json', { limit: '2mb' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  if (options.docs !== false) {
    const document = buildOpenApiDocument(app);
    SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
      jsonDocumentUrl: `${API_PREFIX}/docs-json`,
      customSiteTitle: 'CRM API',
    });
  }
}
