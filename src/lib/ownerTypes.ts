/**
 * Owner keys as the engines see them. The keys themselves belong to the organisation
 * (src/data/owners.ts), and src/lib imports nothing from src/data, so the keys reach this type by
 * declaration merging: src/data/ownerKeyRegistry.ts registers them in OwnerKeyRegistry, the way
 * libraries let an app register its own route or key types. Engines that must check a key at run
 * time take the registry's keys as an argument.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface OwnerKeyRegistry {}

export type OwnerKey = keyof OwnerKeyRegistry & string;
