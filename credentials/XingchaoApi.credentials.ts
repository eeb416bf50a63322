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
		{
			displayName:
				'The connection test lists one Seedance 2.0 asset (POST /kyyVideo2/asset/list), the only documented read-only call on this API; it creates nothing. GlobalAI OPC does not document how it answers a wrong key there, so a passing test shows the server is reachable but cannot prove the key: your first Create does.',
			name: 'testNotice',
			type: 'notice',
			default: '',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};

	// No /v1/models exists on this server (the text API lives on another host). A refusal arrives as
	// `{code, msg, data: null}`, also with HTTP 200, so a null `data` fails the test.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.baseUrl.endsWith("/") ? $credentials.baseUrl.slice(0, -1) : $credentials.baseUrl }}',
			url: '/kyyVideo2/asset/list',
			method: 'POST',
			body: { page: 1, pageSize: 1, status: [], assetType: [] },
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'data', value: null, message: 'GlobalAI OPC refused the request: check the API key and the base URL' },
			},
		],
	};
}
