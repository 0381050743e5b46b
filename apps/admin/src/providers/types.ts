import type { components, paths } from '@crm/api-client';
import type { RaRecord } from 'react-admin';

export const ROLES = [
  'admin',
  'executive',
  'sales_manager',
  'account_manager',
  'marketer',
  'service_agent',
  'call_agent',
] as const;
export type Role = (typeof ROLES)[number];

// API shapes come from the generated OpenAPI types; react-admin needs an `id` on each record.
type Schemas = components['schemas'];
type Rec<T> = T & RaRecord<string>;

// GET /auth/me: the user with their permissions; sign-in answers the plain user.
export type CurrentUser = Schemas['CurrentUserDto'];
export type SignedInUser = Schemas['UserDto'];
export type Permission = Schemas['PermissionDto'];
export type LoginResponse = Schemas['AuthSessionDto'];
export type TokenPair = Pick<LoginResponse, 'accessToken' | 'refreshToken' | 'expiresIn'>;
export type User = Rec<Schemas['UserDto']>;
export type Department = Rec<Schemas['DepartmentDto']>;
// `key` is present only in the create response, once.
export type ApiKey = Rec<Schemas['ApiKeyDto'] & Partial<Pick<Schemas['CreatedApiKeyDto'], 'key'>>>;
export type AuditEntry = Rec<Schemas['AuditEntryDto']>;
export type JobRun = Rec<Schemas['JobRunDto']>;
export type CrmNotification = Rec<Schemas['NotificationDto']>;
export type DashboardTile = Schemas['DashboardTileDto'];
export type DashboardTileItem = Schemas['DashboardTileItemDto'];

export type DictionaryEntry = Rec<Schemas['DictionaryEntryDto']>;
export type Customer = Rec<Schemas['CustomerDto']>;
export type Contact = Rec<Schemas['ContactDto']>;
export type Interaction = Rec<Schemas['InteractionDto']>;
export type LifecycleChange = Schemas['LifecycleChangeDto'];
export type LifecycleStage = Schemas['LifecycleStage'];
export type TimelineItem = Schemas['TimelineItemDto'];
export type TimelineType = Schemas['TimelineTypeDto'];
export type SearchResult = Schemas['SearchResultDto'];
export type DuplicateGroup = Schemas['DuplicateGroupDto'];
export type DuplicateReason = Schemas['DuplicateReason'];
export type DuplicateCheck = Schemas['DuplicateCheckDto'];
export type DuplicateCandidate = Schemas['DuplicateCandidateDto'];
export type CustomerOverview = Schemas['CustomerOverviewDto'];
export type ProductLine = Rec<Schemas['ProductLineDto']>;
export type ProductCategory = Rec<Schemas['ProductCategoryDto']>;
export type Product = Rec<Schemas['ProductDto']>;
export type Order = Rec<Schemas['OrderDto']>;
export type OrderLine = Schemas['OrderLineDto'];
export type OrderStatus = Schemas['OrderStatus'];
export type Payment = Rec<Schemas['PaymentDto']>;
export type Delivery = Rec<Schemas['DeliveryDto']>;
export type StoredFile = Rec<Schemas['StoredFileDto']>;
export type DataImport = Schemas['ImportDto'];
// An entity of GET /imports/entities (each module declares its own).
export type ImportEntity = DataImport['entity'];
export type ImportableEntity = Schemas['ImportableEntityDto'];
export type BulkCustomerChanges = Schemas['BulkCustomerChangesDto'];
export type BulkUpdateResult = Schemas['BulkUpdateResultDto'];

/** Workflow steps of an order (POST /orders/:id/<action>), read from the generated paths; cancel needs a reason. */
type OrderStepPath = Extract<keyof paths, `/api/v1/orders/{id}/${string}`>;
export type OrderAction = OrderStepPath extends `/api/v1/orders/{id}/${infer Step}` ? Step : never;

// Outgoing webhooks (admin only). `secret` is present only in the create response, once.
export type Webhook = Rec<Schemas['WebhookDto'] & Partial<Pick<Schemas['CreatedWebhookDto'], 'secret'>>>;
export type WebhookDelivery = Schemas['WebhookDeliveryDto'];
export type WebhookDeliveryDetail = Schemas['WebhookDeliveryDetailDto'];
export type WebhookDeliveryStatus = Schemas['WebhookDeliveryStatus'];

export interface Paged<T> {
  data: T[];
  total: number;
}

/** A downloaded file: its content and the name the server suggested. */
export interface Download {
  blob: Blob;
  fileName: string;
}

export type ExportFormat = Schemas['TableFormat'];
// A list of GET /exports/sources (each module declares its own).
export type ExportEntity = string;
export type ExportableList = Schemas['ExportableListDto'];

/** react-admin's CRUD methods plus the named methods of providers/resources/ (built in dataProvider.ts). */
export type { CrmActions, CrmDataProvider } from './dataProvider';
