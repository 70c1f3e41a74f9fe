import { RequestMethod } from '@nestjs/common';
import type { DynamicModule, Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ANY_CITY_ROLE, PARTNERS_ALLOWED, PUBLIC_ROUTE, REQUIRED_ROLES } from './route-access.decorators';

/** One HTTP route of an app and what it requires: `public`, its permissions, `any-city-role`, or `undeclared` (refused). */
export interface RouteAccess {
  readonly route: string;
  readonly access: 'public' | 'undeclared' | 'any-city-role' | readonly string[];
  readonly partners: boolean;
}

type ModuleLike = Type | DynamicModule | Promise<DynamicModule> | undefined;

const joinPath = (...parts: (string | undefined)[]): string => `/${parts.flatMap((p) => (p ?? '').split('/')).filter(Boolean).join('/')}`;

function controllersOf(module: ModuleLike, seen: Set<unknown>): Type[] {
  if (!module || module instanceof Promise || seen.has(module)) return [];
  seen.add(module);
  const dynamic = 'module' in module ? (module as DynamicModule) : undefined;
  const type = dynamic ? dynamic.module : (module as Type);
  const meta = (key: string): unknown[] => (Reflect.getMetadata(key, type) as unknown[] | undefined) ?? [];
  const controllers = [...meta(MODULE_METADATA.CONTROLLERS), ...(dynamic?.controllers ?? [])] as Type[];
  const imports = [...meta(MODULE_METADATA.IMPORTS), ...(dynamic?.imports ?? [])] as ModuleLike[];
  return [...controllers, ...imports.flatMap((m) => controllersOf(m, seen))];
}

function routesOf(controller: Type): RouteAccess[] {
  const base = Reflect.getMetadata(PATH_METADATA, controller) as string | undefined;
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((name) => {
    const handler = prototype[name];
    if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) return [];
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
    const read = <T>(key: string): T | undefined => (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined);
    const roles = read<string[]>(REQUIRED_ROLES);
    const access = read<boolean>(PUBLIC_ROUTE) ? 'public' : read<boolean>(ANY_CITY_ROLE) ? 'any-city-role' : roles && roles.length > 0 ? roles : 'undeclared';
    return [{ route: `${method} ${joinPath(base, Reflect.getMetadata(PATH_METADATA, handler) as string)}`, access, partners: read<boolean>(PARTNERS_ALLOWED) ?? false }];
  });
}

/** Every route an app module (and the modules it imports) serves, with its declared access. */
export function routeRoleTable(appModule: DynamicModule | Type): readonly RouteAccess[] {
  return controllersOf(appModule, new Set()).flatMap(routesOf);
}
