import { durationsFor, resolutionsFor } from '../catalog/lookup';
import type { ModelSpec, Resolution } from '../providers/types';

const tierOrder: Resolution[] = ['480p', '512p', '540p', '720p', '768p', '1024p', '1080p', '4k'];
const tierNames: Partial<Record<Resolution, string>> = { '4k': '4K' };

/**
 * One short line saying what a model does (length, resolution, sound, images), generated from its
 * catalog entry so it cannot drift from the lists the editor offers for it.
 */
export function modelSummary(model: ModelSpec, nodeVersion: number): string {
	return [lengthText(durationsFor(model, nodeVersion)), resolutionText(model, nodeVersion), soundText(model), imageText(model)]
		.filter(Boolean)
		.join(' · ');
}

// -1 (the model decides) and 0 (as long as the input video) are choices, not lengths.
function lengthText(durations: number[]): string {
	const words = [...(durations.includes(-1) ? ['auto'] : []), ...(durations.includes(0) ? ['input length'] : [])];
	const seconds = secondsText(durations.filter((value) => value > 0));
	if (!seconds) return words.join(' or ');
	return [seconds, ...words].join(' or ');
}

function secondsText(durations: number[]): string {
	const sorted = [...durations].sort((a, b) => a - b);
	if (sorted.length === 0) return '';
	if (sorted.length === 1) return `${sorted[0]} s`;
	const contiguous = sorted.every((seconds, index) => index === 0 || seconds === sorted[index - 1] + 1);
	if (contiguous || sorted.length > 4) return `${sorted[0]}–${sorted[sorted.length - 1]} s`;
	return `${sorted.join('/')} s`;
}

function resolutionText(model: ModelSpec, nodeVersion: number): string {
	const offered = new Set(durationsFor(model, nodeVersion).flatMap((seconds) => resolutionsFor(model, seconds, nodeVersion)));
	const tiers = tierOrder.filter((tier) => offered.has(tier)).map((tier) => tierNames[tier] ?? tier);
	if (tiers.length <= 2) return tiers.join('/');
	return `${tiers[0]}–${tiers[tiers.length - 1]}`;
}

function soundText(model: ModelSpec): string {
	if (!model.audio) return '';
	return model.audio.default ? 'sound' : 'sound optional';
}

function imageText(model: ModelSpec): string {
	if (model.references?.mode === 'edit') return 'video edit';
	if (model.references?.mode === 'extend') return 'video extension';
	const image = model.supportsLastFrame ? 'first + last frame' : model.supportsImage ? 'start image' : 'text only';
	if (!model.references) return image;
	return image === 'text only' ? 'references' : `${image.replace('first + last frame', 'frames')} + references`;
}
