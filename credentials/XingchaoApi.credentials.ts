import type { IAuthenticateGeneric, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class XingchaoApi implements ICredentialType {
	name = 'xingchaoApi';

	displayName = 'Xingchao (GlobalAI OPC) API';

	icon: Icon = { light: 'file:icons/xingchao.svg', dark: 'file:icons/xingchao.dark.svg' };

	documentationUrl = 'https://docs.xingchaoyiqing.com/api-reference/video/sora-create';

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
			default: 'https://zcbservice.aizfw.cn/kyyReactApiServer',
			placeholder: 'https://zcbservice.aizfw.cn/kyyReactApiServer',
			description: 'Root of the GlobalAI OPC API including /kyyReactApiServer, without /v1',
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
