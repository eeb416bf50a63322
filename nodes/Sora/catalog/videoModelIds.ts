import type { ModelFamily } from '../providers/types';

// Model lists mix chat, image and video models and rarely say which is which, so an uncatalogued id
// counts as video when its name matches one of these families. A heuristic: the README says so.
const familyPatterns: Array<[ModelFamily | 'other', RegExp]> = [
	['sora', /sora/i],
	['veo', /(^|[^a-z])veo[-_ .]?\d/i],
	['seedance', /seedance/i],
	['kling', /kling/i],
	['wan', /(^|[^a-z])wanx?[-_ .]?\d/i],
	['hailuo', /hailuo|minimax-h\d/i],
	['grok', /grok.*(video|imagine)/i],
	['vidu', /vidu/i],
	['other', /video|[^a-z]t2v|[^a-z]i2v/i],
];
const imageOnly = /image|img|imagen|seedream/i;
const videoWords = /video|t2v|i2v|to-video/i;

/** The family an uncatalogued id looks like, or undefined when it does not look like a video model. */
export function videoFamilyOf(modelId: string): ModelFamily | 'other' | undefined {
	if (imageOnly.test(modelId) && !videoWords.test(modelId)) return undefined;
	return familyPatterns.find(([, pattern]) => pattern.test(modelId))?.[0];
}
