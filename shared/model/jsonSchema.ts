/** JSON Schemas generated from the zod schema (draft-07, for older YAML language servers too). */
import { z } from 'zod';
import { ActorCatalogue, ProcessMap } from './schema';

export function mapJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(ProcessMap, { target: 'draft-07', io: 'input' }), title: 'Swimlane Studio process map (swimlane/1)' };
}

export function catalogueJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(ActorCatalogue, { target: 'draft-07', io: 'input' }), title: 'Swimlane Studio actor catalogue (swimlane-actors/1)' };
}
