import type { IDataObject } from 'n8n-workflow';

import { hasStartImage } from './modelRules';
import type { CreateInput, ReferenceKind, ReferenceKindSpec } from './types';

const kinds: ReferenceKind[] = ['images', 'videos', 'audios'];

/**
 * The reference fields of a create body, under each model's own keys. `body` already holds the start
 * image; where the start image is reference image 1 (same key), the references follow it in that array.
 * Element ids go in their declared list inside their parent object, beside anything already there.
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
		if (kindSpec.boundTo) {
			const { parent } = kindSpec.boundTo;
			fields[parent] = { ...asObject(fields[parent] ?? body[parent]), [kindSpec.key]: bindings(urls) };
		} else {
			fields[kindSpec.key] = merged(fields[kindSpec.key] ?? body[kindSpec.key], kindSpec, urls);
		}
	}
	const elements = spec.elements;
	const ids = references.elements ?? [];
	if (elements && ids.length > 0) {
		any = true;
		const { parent, key, itemKey } = elements;
		fields[parent] = { ...asObject(fields[parent] ?? body[parent]), [key]: ids.map((id) => ({ [itemKey]: id })) };
	}
	return any ? { ...fields, ...spec.constants } : fields;
}

/** One bound entry (`image1=<url>`): the reference it belongs to and its URL. */
export interface ReferenceBinding {
	/** `image1`, `video2` … as the provider keys it. */
	target: string;
	kind: 'images' | 'videos';
	/** 1-based, within its kind. */
	index: number;
	url: string;
}

/** Reads `image<N>=<url>` or `video<N>=<url>` (N from 1, no leading zero); undefined when the entry names no reference. */
export function splitBinding(entry: string): ReferenceBinding | undefined {
	const match = /^(image|video)([1-9]\d*)=(.+)$/i.exec(entry);
	if (!match) return undefined;
	const word = match[1].toLowerCase();
	return { target: `${word}${match[2]}`, kind: word === 'image' ? 'images' : 'videos', index: Number(match[2]), url: match[3] };
}

function bindings(entries: string[]): IDataObject {
	const pairs = entries.map(splitBinding).filter((binding): binding is ReferenceBinding => binding !== undefined);
	return Object.fromEntries(pairs.map((binding) => [binding.target, binding.url]));
}

function asObject(value: unknown): IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as IDataObject) : {};
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
