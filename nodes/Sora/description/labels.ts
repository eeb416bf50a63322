import type { AspectRatio, Resolution } from '../providers/types';

export function durationLabel(seconds: number): string {
	return `${seconds} Seconds`;
}

const aspectLabels: Record<AspectRatio, string> = {
	'16:9': 'Landscape (16:9)',
	'9:16': 'Portrait (9:16)',
	'1:1': 'Square (1:1)',
};

export function aspectRatioLabel(ratio: AspectRatio): string {
	return aspectLabels[ratio];
}

const resolutionLabels: Record<Resolution, string> = {
	'480p': '480p',
	'720p': '720p',
	'1024p': '1024p (1792×1024)',
	'1080p': '1080p (HD)',
};

export function resolutionLabel(resolution: Resolution): string {
	return resolutionLabels[resolution];
}
