import type { IDataObject } from 'n8n-workflow';

import { hasStartImage } from './modelRules';
import type { CreateInput, ReferenceKind, ReferenceKindSpec } from './types';

const kinds: ReferenceKind[] = ['images', 'videos', 'audios'];

/**
 * The reference fields of a create body, under each model's own keys. `body` already holds the start
 * image; where the start image is reference image 1 (same key), the references follow it in that array.
 */
export function referenceFields(input: CreateInput, body: IDataObject): IDataObject {
	const spec = input.model.references;
	const references = input.references;
	if (!spec || !references) return {};
	const fields: IDataObject = {};
	let any = false;
	for (const kind of kinds) {
		const kindSpec = spec[kind];
		const urls = references[kind];
		if (!kindSpec || urls.length === 0) continue;
		any = true;
		const existing = fields[kindSpec.key] ?? body[kindSpec.key];
		fields[kindSpec.key] = merged(existing, kindSpec, urls);
	}
	return any ? { ...fields, ...spec.constants } : fields;
}

function merged(existing: unknown, spec: ReferenceKindSpec, urls: string[]): IDataObject[keyof IDataObject] {
	if (spec.single) return urls[0];
	const items: Array<string | IDataObject> = urls.map((url) => (spec.roleItem ? { url, role: spec.roleItem.role } : url));
	return Array.isArray(existing) ? [...(existing as Array<string | IDataObject>), ...items] : items;
}

/** How many references of one kind the body will carry, counting the start image where it is image 1. */
export function referenceCount(input: CreateInput, kind: ReferenceKind): number {
	const given = input.references?.[kind].length ?? 0;
	const startImage = kind === 'images' && input.model.references?.startImageIsFirst && hasStartImage(input) ? 1 : 0;
	return given + startImage;
}
