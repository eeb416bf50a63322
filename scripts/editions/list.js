'use strict';
/**
 * The editions: one npm package per provider service, built from this repository's source. Everything
 * an edition has of its own (its files under editions/<id>/ and its build output) is generated from this
 * list by scripts/editions/generate.js and build.js. Names must never equal the full package's (its
 * credential types are gccaiApi, yutoAiApi, evoLinkApi, xingchaoApi, soraOpenAiApi; credential type names
 * are global in n8n), so the full package and any edition can be installed side by side.
 *
 * `providers` are provider ids and the modules that export them (nodes/Sora/providers/...).
 * `baseCredential` is the full package's credential class the edition's credential extends.
 */
const editions = [
	{
		id: 'apimart',
		service: 'APIMart',
		packageName: 'n8n-nodes-apimart-video',
		node: { className: 'ApimartVideo', name: 'apimartVideo', displayName: 'APIMart Video' },
		credential: { className: 'ApimartVideoApi', name: 'apimartVideoApi', displayName: 'APIMart Video API' },
		baseCredential: 'GccaiApi',
		providers: [{ id: 'gccai', exportName: 'gccai', module: 'providers/gccai' }],
		icon: 'gccai',
	},
	{
		id: 'yutoai',
		service: 'YutoAI',
		packageName: 'n8n-nodes-yutoai-video',
		node: { className: 'YutoaiVideo', name: 'yutoaiVideo', displayName: 'YutoAI Video' },
		credential: { className: 'YutoaiVideoApi', name: 'yutoaiVideoApi', displayName: 'YutoAI Video API' },
		baseCredential: 'YutoAiApi',
		// One service with two endpoint dialects, sharing one key.
		providers: [
			{ id: 'yutoai', exportName: 'yutoai', module: 'providers/yutoai' },
			{ id: 'yutoaiLegacy', exportName: 'yutoaiLegacy', module: 'providers/yutoaiLegacy' },
		],
		icon: 'yutoai',
	},
	{
		id: 'evolink',
		service: 'EvoLink',
		packageName: 'n8n-nodes-evolink-video',
		node: { className: 'EvolinkVideo', name: 'evolinkVideo', displayName: 'EvoLink Video' },
		credential: { className: 'EvolinkVideoApi', name: 'evolinkVideoApi', displayName: 'EvoLink Video API' },
		baseCredential: 'EvoLinkApi',
		providers: [{ id: 'evolink', exportName: 'evolink', module: 'providers/evolink' }],
		icon: 'evolink',
	},
	{
		id: 'globalai',
		service: 'GlobalAI OPC',
		packageName: 'n8n-nodes-globalai-video',
		node: { className: 'GlobalaiVideo', name: 'globalaiVideo', displayName: 'GlobalAI OPC Video' },
		credential: { className: 'GlobalaiVideoApi', name: 'globalaiVideoApi', displayName: 'GlobalAI OPC Video API' },
		baseCredential: 'XingchaoApi',
		providers: [{ id: 'xingchao', exportName: 'xingchao', module: 'providers/xingchao' }],
		icon: 'xingchao',
	},
];

module.exports = { editions };
