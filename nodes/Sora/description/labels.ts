import type { AspectRatio, ModelSpec, Resolution } from '../providers/types';

export function durationLabel(seconds: number): string {
	if (seconds === -1) return 'Model Decides (Billed by Actual Length)';
	if (seconds === 0) return 'Same as the Input Video';
	return `${seconds} Seconds`;
}

const aspectLabels: Record<AspectRatio, string> = {
	'16:9': 'Landscape (16:9)',
	'9:16': 'Portrait (9:16)',
	'1:1': 'Square (1:1)',
	'4:3': 'Classic (4:3)',
	'3:4': 'Classic Portrait (3:4)',
	'3:2': 'Photo (3:2)',
	'2:3': 'Photo Portrait (2:3)',
	'21:9': 'Cinema (21:9)',
	adaptive: 'Adaptive (Follow the Image)',
};

export function aspectRatioLabel(ratio: AspectRatio): string {
	return aspectLabels[ratio];
}

const resolutionLabels: Record<Resolution, string> = {
	'480p': '480p',
	'512p': '512p',
	'540p': '540p',
	'720p': '720p',
	'768p': '768p',
	'1024p': '1024p (1792×1024)',
	'1080p': '1080p (HD)',
	'4k': '4K',
};

export function resolutionLabel(resolution: Resolution): string {
	return resolutionLabels[resolution];
}

const noticeLead = {
	documented: 'Documented by the provider',
	thirdParty: 'Not in the provider\'s docs, known from third-party material',
	inferred: 'Inferred, not documented',
} as const;

/**
 * The notice under the model dropdown: the evidence for this model, and why it is no longer listed
 * when it is not. Empty for a fully documented model.
 */
export function evidenceNotice(model: ModelSpec): string {
	const level = model.evidence?.level ?? 'documented';
	const note = model.evidence?.note;
	const evidence = level === 'documented' && !note ? '' : [noticeLead[level], note && sentence(note)].filter(Boolean).join('. ');
	const unlisted = model.unlisted
		? `Not listed from node version 2: ${model.unlisted}. Saved workflows keep sending it; for a new one choose "Custom Model ID (Unvalidated)" and type ${model.id}.`
		: '';
	return [unlisted, evidence && `${evidence.replace(/\.$/, '')}.`].filter(Boolean).join(' ');
}

function sentence(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
