import type { EntityType } from './kinds';

/** A person, organisation or place mentioned in a claim. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/** How a claim refers to an entity (interchange JSON `entities[]`). */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}
