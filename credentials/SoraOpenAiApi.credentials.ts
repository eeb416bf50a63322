import type { IAuthenticateGeneric, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class SoraOpenAiApi implements ICredentialType {
	name = 'soraOpenAiApi';

	displayName = 'Sora OpenAI-Compatible API';

	icon: Icon = { light: 'file:icons/openai.svg', dark: 'file:icons/openai.dark.svg' };

	documentationUrl = 'https://developers.openai.com/api/docs/guides/video-generation';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: 'https://api.openai.com/v1',
			placeholder: 'https://api.openai.com/v1',
			description: 'Root of an OpenAI-compatible API including /v1 (the node calls /videos under it)',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.baseUrl.endsWith("/") ? $credentials.baseUrl.slice(0, -1) : $credentials.baseUrl }}',
			url: '/models',
		},
	};
}
