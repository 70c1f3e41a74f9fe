import { SetMetadata, applyDecorators } from '@nestjs/common';
import type { Permission } from './permissions';

export const PUBLIC_ROUTE = 'usm:public-route';
export const REQUIRED_ROLES = 'usm:required-roles';
export const PARTNERS_ALLOWED = 'usm:partners-allowed';
export const ANY_CITY_ROLE = 'usm:any-city-role';

/** Answers without a token: only liveness, readiness and metrics are declared so. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** The permission(s) a caller needs for this route; every one is required. Undeclared routes are refused. */
export const RequiresRole = (...roles: [Permission, ...Permission[]]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);

/** Trusts partner cities' issuers on this route (signing and reading agreements), still only for their partner permissions. */
export const AllowPartners = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(PARTNERS_ALLOWED, true));

/** Any of the city's own personas may call (it holds at least one permission); partners never. For read-only documents. */
export const AnyCityRole = (): MethodDecorator & ClassDecorator => SetMetadata(ANY_CITY_ROLE, true);
