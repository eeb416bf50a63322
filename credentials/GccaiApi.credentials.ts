import type { IAuthenticateGeneric, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class GccaiApi implements ICredentialType {
	name = 'gccaiApi';

	displayName = 'Gccai (APIMart) API';

	icon: Icon = { light: 'file:icons/gccai.svg', dark: 'file:icons/gccai.dark.svg' };

	documentationUrl = 'https://docs.apimart.ai/en/api-reference/videos/sora-2/generation';

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
			default: 'https://gccai.heqingsong.uk',
			placeholder: 'https://gccai.heqingsong.uk',
			description: 'Root of the APIMart-format API, without /v1 (e.g. https://gccai.heqingsong.uk or https://api.apimart.ai)',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.baseUrl.endsWith("/") ? $credentials.baseUrl.slice(0, -1) : $credentials.baseUrl }}',
			url: '/v1/balance',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'success', value: false, message: 'The API key was refused by gccai (APIMart)' },
			},
		],
	};
}
