import type { IExecuteFunctions } from 'n8n-workflow';

import type { AspectRatio, ProviderSpec, RemixInput } from '../providers/types';
import { allowedList, InvalidParameterError } from './invalidParameter';
import { toNumber } from './numbers';
import { validateTaskId } from './taskId';

/** The remix parameters of one item, checked against what this provider's remix takes. */
export function readRemixInput(context: IExecuteFunctions, provider: ProviderSpec, itemIndex: number): RemixInput {
	if (!provider.buildRemixRequest) {
		throw new InvalidParameterError('operation', 'remix', `${provider.displayName} offers no remix`);
	}
	const taskId = validateTaskId(provider, context.getNodeParameter('taskId', itemIndex));
	const rawPrompt = context.getNodeParameter('prompt', itemIndex, '');
	const prompt = typeof rawPrompt === 'string' ? rawPrompt.trim() : '';
	if (prompt === '') throw new InvalidParameterError('prompt', rawPrompt, 'a remix needs a new prompt');
	const models = provider.remixModels;
	if (!models || models.length === 0) return { taskId, prompt };

	const rawModel = context.getNodeParameter('remixModel', itemIndex, models[0].id);
	const model = models.find((candidate) => candidate.id === rawModel);
	if (!model) throw new InvalidParameterError('remix model', rawModel, allowedList(models.map((m) => m.id)));
	const where = `${provider.displayName} remix model "${model.id}"`;
	if (model.promptMaxLength !== undefined && prompt.length > model.promptMaxLength) {
		throw new InvalidParameterError('prompt', `${prompt.slice(0, 40)}…`, `${where} accepts at most ${model.promptMaxLength} characters; this prompt has ${prompt.length}`);
	}
	const rawDuration = context.getNodeParameter('remixDuration', itemIndex, model.defaultDuration);
	const duration = toNumber(rawDuration);
	if (duration === undefined || !model.durations.includes(duration)) {
		throw new InvalidParameterError('remix duration', rawDuration, `${where} takes seconds; ${allowedList(model.durations)}`);
	}
	// A remix that keeps the source's orientation takes no ratio (EvoLink).
	if (model.aspectRatios.length === 0) return { taskId, prompt, model, duration };
	const aspectRatio = context.getNodeParameter('remixAspectRatio', itemIndex, model.aspectRatios[0]) as AspectRatio;
	if (!model.aspectRatios.includes(aspectRatio)) {
		throw new InvalidParameterError('remix aspect ratio', aspectRatio, `${where}: ${allowedList(model.aspectRatios)}`);
	}
	return { taskId, prompt, model, duration, aspectRatio };
}
