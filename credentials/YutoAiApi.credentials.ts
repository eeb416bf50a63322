import type { IAuthenticateGeneric, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class YutoAiApi implements ICredentialType {
	name = 'yutoAiApi';

	displayName = 'YutoAI API';

	icon: Icon = { light: 'file:icons/yutoai.svg', dark: 'file:icons/yutoai.dark.svg' };

	documentationUrl = 'https://docs.yutoai.net/en/api/api-385318417.html';

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
			default: '',
			placeholder: 'https://your-yutoai-host.example',
			description: 'Root of your YutoAI API host, without /v2 (YutoAI publishes no default host)',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.baseUrl.endsWith("/") ? $credentials.baseUrl.slice(0, -1) : $credentials.baseUrl }}',
			url: '/v1/models',
		},
	};
}
