import { binaryReferenceImageCount, hasStartImage } from '../providers/modelRules';
import { referenceCount, splitBinding } from '../providers/referenceBody';
import type { CreateInput, ModelSpec, ProviderSpec, ReferenceInputs, ReferenceKind, ReferenceKindSpec } from '../providers/types';
import { InvalidParameterError } from './invalidParameter';
import { checkUrl } from './urls';

export interface RawReferences {
	images?: unknown;
	videos?: unknown;
	audios?: unknown;
	/** Element ids (one per line, or a list). */
	elements?: unknown;
}

/** The element field's name in refusals (its label where the model declares elements). */
export const elementFieldName = 'element IDs';

export const referenceFieldNames: Record<ReferenceKind, string> = {
	images: 'reference image URLs',
	videos: 'video URLs',
	audios: 'reference audio URLs',
};

const nouns: Record<ReferenceKind, [string, string]> = {
	images: ['image', 'images'],
	videos: ['video', 'videos'],
	audios: ['audio file', 'audio files'],
};

/**
 * The reference URLs of one item: one per line (or separated by commas or spaces), or a list from an
 * expression. A list for a model that takes none of that kind is refused, never dropped.
 */
export function readReferenceUrls(provider: ProviderSpec, model: ModelSpec, raw: RawReferences): ReferenceInputs | undefined {
	const lists: ReferenceInputs = { images: [], videos: [], audios: [] };
	for (const kind of Object.keys(lists) as ReferenceKind[]) {
		const urls = splitUrls(referenceFieldNames[kind], raw[kind]);
		if (urls.length === 0) continue;
		const spec = model.references?.[kind];
		if (!spec) {
			throw new InvalidParameterError(referenceFieldNames[kind], urls.join(' '), `${provider.displayName} model "${model.id}" takes no reference ${nouns[kind][1]}`);
		}
		lists[kind] = urls.map((entry) => readEntry(referenceFieldNames[kind], spec, entry));
	}
	const elements = readElementIds(provider, model, raw.elements);
	return model.references ? { ...lists, ...(elements.length > 0 ? { elements } : {}) } : undefined;
}

/**
 * Element ids, one per line (or separated by commas or spaces), or a list from an expression (whole
 * numbers too); refused for a model that declares no elements.
 */
function readElementIds(provider: ProviderSpec, model: ModelSpec, value: unknown): string[] {
	if (value === undefined || value === null || value === '') return [];
	const parts = Array.isArray(value) ? value : typeof value === 'string' || typeof value === 'number' ? String(value).split(/[\s,]+/) : undefined;
	if (!parts) throw new InvalidParameterError(elementFieldName, value, 'must be element IDs, one per line, or a list of IDs');
	const ids = parts.map((part) => {
		const id = typeof part === 'number' && Number.isInteger(part) ? String(part) : typeof part === 'string' ? part.trim() : undefined;
		if (id === undefined || (Array.isArray(value) && id === '')) throw new InvalidParameterError(elementFieldName, part, 'each entry must be a non-empty element ID');
		return id;
	}).filter((id) => id !== '');
	if (ids.length === 0) return [];
	if (!model.references?.elements) {
		throw new InvalidParameterError(elementFieldName, ids.join(' '), `${provider.displayName} model "${model.id}" takes no elements`);
	}
	for (const id of ids) {
		// The pages type an ID only as a string (their examples are digits): refuse just what cannot be one.
		if (/[<>"'{}]/.test(id)) throw new InvalidParameterError(elementFieldName, id, 'must be an element ID as the element\'s own task returned it, not a prompt tag or JSON');
	}
	return ids;
}

function readEntry(field: string, spec: ReferenceKindSpec, entry: string): string {
	if (spec.boundTo) {
		const binding = splitBinding(entry);
		if (!binding) throw new InvalidParameterError(field, entry, 'must name the reference image or video it belongs to, e.g. image1=https://example.com/voice.mp3');
		return `${binding.target}=${checkUrl(field, binding.url, { extensions: spec.extensions })}`;
	}
	return spec.assetIds && /^asset:\/\/\S+$/.test(entry) ? entry : checkUrl(field, entry, { extensions: spec.extensions });
}

function splitUrls(field: string, value: unknown): string[] {
	if (value === undefined || value === null || value === '') return [];
	const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : undefined;
	if (!parts) throw new InvalidParameterError(field, value, 'must be URLs, one per line, or a list of URLs');
	return parts.map((part) => {
		if (typeof part !== 'string') throw new InvalidParameterError(field, part, 'each entry must be a URL string');
		return part.trim();
	}).filter((part) => part !== '');
}

/**
 * Counts and the rules between fields, once every reference is known (URLs and binary images):
 * everything the provider would refuse, or bill for nothing, is refused here before any request.
 */
export function checkReferenceRules(provider: ProviderSpec, input: CreateInput): void {
	const spec = input.model.references;
	if (!spec) return;
	const context = `${provider.displayName} model "${input.model.id}"`;
	const count = (kind: ReferenceKind) => referenceCount(input, kind) + (kind === 'images' ? binaryReferenceImageCount(input) : 0);
	const refuse = (field: string, value: unknown, reason: string): never => {
		throw new InvalidParameterError(field, value, `${context} ${reason}`);
	};
	for (const kind of ['images', 'videos', 'audios'] as ReferenceKind[]) {
		const kindSpec = spec[kind];
		const given = count(kind);
		if (!kindSpec) continue;
		const [one, many] = nouns[kind];
		if (given > kindSpec.max) refuse(referenceFieldNames[kind], given, `takes at most ${kindSpec.max} ${kindSpec.max === 1 ? one : many}; ${given} given`);
		if (given < (kindSpec.min ?? 0)) {
			const what = spec.mode === 'reference' || kind !== 'videos' ? `at least ${kindSpec.min} ${kindSpec.min === 1 ? one : many}` : `the video to ${spec.mode}`;
			refuse(referenceFieldNames[kind], given, `needs ${what}`);
		}
	}
	const visual = count('images') + count('videos');
	if (spec.maxVisual !== undefined && visual > spec.maxVisual) refuse('references', visual, `takes at most ${spec.maxVisual} images and videos together; ${visual} given`);
	if (spec.minVisual !== undefined && visual < spec.minVisual) refuse('references', visual, `needs at least ${spec.minVisual} reference image or video`);
	if (spec.needsOne && visual + count('audios') === 0) refuse('references', 0, 'needs at least one reference (image, video or audio)');
	if (spec.audioNeedsVisual && count('audios') > 0 && visual === 0) refuse(referenceFieldNames.audios, count('audios'), 'takes reference audio only together with a reference image or video');
	for (const kind of ['images', 'videos', 'audios'] as ReferenceKind[]) {
		if (spec[kind]?.boundTo) checkBindings(input.references?.[kind] ?? [], count, (value, reason) => refuse(referenceFieldNames[kind], value, reason));
	}
	checkElementCounts(input, count('images'), (value, reason) => refuse(elementFieldName, value, reason));
	const framed = hasStartImage(input) || input.lastFrameUrl !== undefined || input.lastFrameFile !== undefined;
	if (spec.exclusiveWithFrames && framed && visual + count('audios') > 0) {
		refuse('references', visual + count('audios'), 'takes either a start (and last) frame or references, not both');
	}
}

/** Each bound entry names a reference that is given, and no reference twice. */
function checkBindings(entries: string[], count: (kind: ReferenceKind) => number, refuse: (value: string, reason: string) => never): void {
	const seen = new Set<string>();
	for (const entry of entries) {
		const binding = splitBinding(entry);
		if (!binding) continue;
		const given = count(binding.kind);
		if (binding.index > given) refuse(entry, `names ${binding.target}, but ${given} reference ${given === 1 ? nouns[binding.kind][0] : nouns[binding.kind][1]} given`);
		if (seen.has(binding.target)) refuse(entry, `names ${binding.target} twice`);
		seen.add(binding.target);
	}
}

/** Elements with the images (the start image among them) within the declared limits. */
function checkElementCounts(input: CreateInput, images: number, refuse: (value: number, reason: string) => never): void {
	const spec = input.model.references?.elements;
	const elements = input.references?.elements?.length ?? 0;
	if (!spec || elements === 0) return;
	const withStart = images + (hasStartImage(input) && !input.model.references?.startImageIsFirst ? 1 : 0);
	if (spec.maxWithStartImage !== undefined && hasStartImage(input) && elements > spec.maxWithStartImage) {
		refuse(elements, `takes at most ${spec.maxWithStartImage} elements with a start image; ${elements} given`);
	}
	if (withStart + elements > spec.maxWithImages) {
		refuse(withStart + elements, `takes at most ${spec.maxWithImages} images and elements together; ${withStart} image${withStart === 1 ? '' : 's'} and ${elements} element${elements === 1 ? '' : 's'} given`);
	}
}
