import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { ProviderId, SimulatorHandle } from '../../dev/simulator';
import type { TestCredentials, WorkflowNode } from '../support/engine';

/** One representative create per provider, and the body its documentation says it should receive. */
export interface ProviderCase {
	provider: ProviderId;
	credentialType: string;
	parameters: INodeParameters;
	expectedBody: IDataObject;
	/** Where the finished MP4 is fetched from: a public file link, or the API with the key. */
	downloadNeedsKey: boolean;
}

export const API_KEY = 'sk-test-7f3a9c2e5b1d4f60';

export const providerCases: ProviderCase[] = [
	{
		provider: 'gccai',
		credentialType: 'gccaiApi',
		parameters: { model: 'sora-2-pro', duration: 8, resolution: '1080p', aspectRatio: '9:16' },
		expectedBody: { model: 'sora-2-pro', duration: 8, resolution: '1080p', aspect_ratio: '9:16' },
		downloadNeedsKey: false,
	},
	{
		provider: 'yutoai',
		credentialType: 'yutoAiApi',
		parameters: { model: 'sora-2-pro', duration: 15, resolution: '1080p', aspectRatio: '16:9', private: true },
		expectedBody: { model: 'sora-2-pro', duration: '15', hd: true, aspect_ratio: '16:9', private: true, watermark: false },
		downloadNeedsKey: false,
	},
	{
		provider: 'yutoaiLegacy',
		credentialType: 'yutoAiApi',
		parameters: { model: 'turbo', duration: 10, resolution: '480p', aspectRatio: '1:1', variants: 2 },
		expectedBody: { model: 'turbo', type: 'video_gen', width: 480, height: 480, n_frames: 300, n_variants: 2 },
		downloadNeedsKey: false,
	},
	{
		provider: 'evolink',
		credentialType: 'evoLinkApi',
		parameters: { model: 'sora-2-pro-preview', duration: 12, resolution: '1080p', aspectRatio: '16:9' },
		expectedBody: { model: 'sora-2-pro-preview', duration: 12, quality: '1080p', aspect_ratio: '16:9' },
		downloadNeedsKey: false,
	},
	{
		provider: 'xingchao',
		credentialType: 'xingchaoApi',
		parameters: { model: 'openAiSora2Pro', duration: 4, resolution: '720p', aspectRatio: '9:16' },
		expectedBody: { model: 'openAiSora2Pro', duration: 4, size: '720x1280' },
		downloadNeedsKey: false,
	},
	{
		provider: 'openai',
		credentialType: 'soraOpenAiApi',
		parameters: { model: 'sora-2-pro', duration: 12, resolution: '1024p', aspectRatio: '16:9' },
		expectedBody: { model: 'sora-2-pro', seconds: '12', size: '1792x1024' },
		downloadNeedsKey: true,
	},
];

export function soraNode(name: string, parameters: INodeParameters, extra: Partial<WorkflowNode> = {}): WorkflowNode {
	return { name, type: 'n8n-nodes-sora.sora', parameters, ...extra };
}

/** Fast polling so simulated renders finish in well under a second. */
export const fastWait = { pollIntervalSeconds: 0.2, timeoutSeconds: 20 };

/** The provider's credential (its type as the cases above name it), pointing at the simulator. */
export function simulatorCredentials(simulator: SimulatorHandle, provider: ProviderId, apiKey = API_KEY): TestCredentials {
	const credentialType = providerCases.find((testCase) => testCase.provider === provider)?.credentialType;
	if (!credentialType) throw new Error(`No provider case for ${provider}`);
	return { [credentialType]: { apiKey, baseUrl: simulator.baseUrl(provider) } };
}
