import type { IAuthenticateGeneric, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class EvoLinkApi implements ICredentialType {
	name = 'evoLinkApi';

	displayName = 'EvoLink API';

	icon: Icon = { light: 'file:icons/evolink.svg', dark: 'file:icons/evolink.dark.svg' };

	documentationUrl = 'https://docs.evolink.ai/en/api-manual/video-series/sora2/sora-2-preview-video-generate';

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
			default: 'https://api.evolink.ai',
			placeholder: 'https://api.evolink.ai',
			description: 'Root of the EvoLink API, without /v1',
		},
		{
			displayName: 'Files API URL',
			name: 'filesBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://files-api.evolink.ai',
			description: 'Where images from binary data are uploaded. Leave empty to derive it from the Base URL (api.evolink.ai → files-api.evolink.ai); set it when the Base URL is a proxy.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.baseUrl.endsWith("/") ? $credentials.baseUrl.slice(0, -1) : $credentials.baseUrl }}',
			url: '/v1/credits',
		},
	};
}
