import type { CreateInput, ModelSpec, ProviderSpec } from '../providers/types';
import { validateImageUrl } from './imageUrl';
import { InvalidParameterError } from './invalidParameter';
import { toNumber } from './numbers';

type ModelOptions = Pick<CreateInput, 'lastFrameUrl' | 'generateAudio' | 'negativePrompt' | 'seed'>;

/**
 * The inputs only some models take. A value for an input the model does not take is refused rather
 * than dropped, so an expression aimed at another model cannot silently change what is rendered.
 */
export function validateModelOptions(
	provider: ProviderSpec,
	model: ModelSpec,
	raw: { imageUrl: unknown; lastFrameUrl?: unknown; generateAudio?: unknown; negativePrompt?: unknown; seed?: unknown },
): ModelOptions {
	const context = `${provider.displayName} model "${model.id}"`;
	const options: ModelOptions = {};

	const lastFrameUrl = validateImageUrl(provider, model.supportsLastFrame === true, raw.lastFrameUrl, 'last frame image URL', model.imageFormats);
	if (lastFrameUrl) {
		if (isEmpty(raw.imageUrl)) {
			throw new InvalidParameterError('last frame image URL', lastFrameUrl, 'a last frame needs a start image (Reference Image URL)');
		}
		options.lastFrameUrl = lastFrameUrl;
	}

	const audio = readAudio(raw.generateAudio);
	if (model.audio) options.generateAudio = audio ?? model.audio.default;
	else if (audio === true) throw new InvalidParameterError('generate audio', raw.generateAudio, `${context} has no audio switch`);

	const negativePrompt = typeof raw.negativePrompt === 'string' ? raw.negativePrompt.trim() : '';
	if (negativePrompt !== '') {
		if (!model.supportsNegativePrompt) {
			throw new InvalidParameterError('negative prompt', negativePrompt, `${context} takes no negative prompt`);
		}
		options.negativePrompt = negativePrompt;
	}

	const seed = readSeed(raw.seed);
	if (seed !== undefined) {
		if (!model.seed) throw new InvalidParameterError('seed', raw.seed, `${context} takes no seed`);
		if (seed < model.seed.min || seed > model.seed.max) {
			throw new InvalidParameterError('seed', raw.seed, `${context}: a whole number from ${model.seed.min} to ${model.seed.max}, or -1 for random`);
		}
		options.seed = seed;
	}
	return options;
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** On, off, or undefined for the model's own default; booleans as typed in an expression are accepted. */
function readAudio(value: unknown): boolean | undefined {
	if (value === undefined || value === null || value === '' || value === 'modelDefault') return undefined;
	if (value === true || value === 'on' || value === 'true') return true;
	if (value === false || value === 'off' || value === 'false') return false;
	throw new InvalidParameterError('generate audio', value, 'allowed: "modelDefault", "on", "off" (or true / false)');
}

/** -1 (the editor's default) and an empty value mean "let the provider pick". */
function readSeed(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const seed = toNumber(value);
	if (seed === undefined || !Number.isInteger(seed)) throw new InvalidParameterError('seed', value, 'must be a whole number, or -1 for random');
	return seed === -1 ? undefined : seed;
}
