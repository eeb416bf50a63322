import type { INodeParameters } from 'n8n-workflow';

import { startSimulator, type SimulatorHandle } from '../../dev/simulator';
import { runWorkflow, type TypeRegistry } from '../support/engine';
import { BINARY_IMAGE_TYPE, imageFile, type ImageFixture, jpegImage, pngImage, provideImages, sha256, typesWithBinaryImages } from './binaryImageFiles';
import { API_KEY, fastWait, soraNode } from './cases';
import { expectRefusedBeforeRequest } from './runChecks';
import { createWaitDownload, credentialsFor, type FamilyCase } from './successorFlow';

// References, edit and extend inside n8n's engine against the EvoLink, GlobalAI OPC and APIMart simulators,
// whose model tables refuse any key, count or value the docs do not allow (dev/simulator/dialects/*Models.js).
const PATH = '/v1/videos/generations';
const CREDENTIAL = 'evoLinkApi';
const IMAGE = 'https://img.example/character.png';
const VIDEO = 'https://img.example/motion.mp4';
const AUDIO = 'https://img.example/voice.mp3';

let simulator: SimulatorHandle;
let types: TypeRegistry;

beforeAll(async () => {
	simulator = await startSimulator({ apiKey: API_KEY });
	types = await typesWithBinaryImages();
});

afterEach(() => simulator.reset());

afterAll(async () => await simulator.close());

const credentials = () => credentialsFor(simulator, 'evolink', CREDENTIAL);
const uploadedUrl = (bytes: Buffer, extension: string) => `${simulator.origin}/files/uploads/${sha256(bytes).slice(0, 24)}.${extension}`;

/** Create → wait → MP4 on EvoLink's create path: the node parameters and the exact body for a prompt. */
const evolinkRun = (testCase: Omit<FamilyCase, 'path'>, prompt: string) => createWaitDownload(simulator, 'evolink', CREDENTIAL, { ...testCase, path: PATH }, prompt);

/** One Create after a node that puts `images` into n8n's binary store (filesystem mode). */
const createAfterImages = (key: string, images: ImageFixture[], create: INodeParameters, credentials: Record<string, Record<string, string>>) =>
	runWorkflow({
		nodes: [{ name: 'Binary Image', type: BINARY_IMAGE_TYPE, parameters: { fixture: provideImages(key, images) } }, soraNode('Create', { operation: 'create', ...create })],
		credentials,
		binaryMode: 'filesystem',
		types,
	});

describe('reference-to-video', () => {
	it('Seedance 2.0: URL references plus two binary images, uploaded in order, then one create with every list', async () => {
		const character = pngImage(800, 600);
		const prop = jpegImage(640, 640);
		const prompt = '@image1 waves at @image3 while @video1 plays, voice @audio1';
		const result = await createAfterImages(
			'refs-seedance',
			[imageFile('character', character, 'png'), imageFile('prop', prop, 'jpeg')],
			{
				provider: 'evolink',
				model: 'seedance-2.0-reference-to-video',
				prompt,
				duration: 8,
				aspectRatio: 'adaptive',
				resolution: '720p',
				referenceImageUrls: IMAGE,
				referenceImageBinaryProperties: 'character, prop',
				referenceVideoUrls: VIDEO,
				referenceAudioUrls: AUDIO,
			},
			{ evoLinkApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('evolink'), filesBaseUrl: `${simulator.origin}/evolink-files` } },
		);
		expect(result.errorOf('Create')?.message).toBeUndefined();
		const [first, second, create] = simulator.requests;
		expect([first.route, second.route, create.route]).toEqual(['upload', 'upload', 'create']);
		expect(first.body).toEqual({ file: expect.objectContaining({ contentType: 'image/png', sha256: sha256(character) }) });
		expect(second.body).toEqual({ file: expect.objectContaining({ contentType: 'image/jpeg', sha256: sha256(prop) }) });
		expect(create.status).toBe(200);
		expect(create.body).toStrictEqual({
			model: 'seedance-2.0-reference-to-video',
			prompt,
			duration: 8,
			quality: '720p',
			aspect_ratio: 'adaptive',
			generate_audio: true,
			image_urls: [IMAGE, uploadedUrl(character, 'png'), uploadedUrl(prop, 'jpeg')],
			video_urls: [VIDEO],
			audio_urls: [AUDIO],
		});
	});

	it('Kling O3: reference images only, a ratio, create → wait → MP4', async () => {
		await evolinkRun(
			{
				family: 'Kling O3 reference images',
				parameters: { model: 'kling-o3-image-to-video', duration: 5, aspectRatio: '16:9', resolution: '720p', referenceImageUrls: `${IMAGE}\nhttps://img.example/hat.png` },
				body: (prompt) => ({ model: 'kling-o3-image-to-video', prompt, duration: 5, quality: '720p', aspect_ratio: '16:9', sound: 'off', image_urls: [IMAGE, 'https://img.example/hat.png'] }),
			},
			'<<<image_1>>> wears <<<image_2>>>',
		);
	});

	it('Kling O3 reference-to-video (row 9): a video in video_url and an image, create → wait → MP4', async () => {
		await evolinkRun(
			{
				family: 'Kling O3 reference video',
				parameters: { model: 'kling-o3-reference-to-video', duration: 10, aspectRatio: '9:16', resolution: '1080p', referenceImageUrls: IMAGE, referenceVideoUrls: VIDEO },
				body: (prompt) => ({ model: 'kling-o3-reference-to-video', prompt, duration: 10, quality: '1080p', aspect_ratio: '9:16', video_url: VIDEO, image_urls: [IMAGE] }),
			},
			'<<<image_1>>> dances with the moves of <<<video_1>>>',
		);
	});

	it('Kling O3 reference-to-video: a binary reference image is uploaded first, then follows the URL image', async () => {
		const style = pngImage(800, 600);
		const prompt = '<<<image_1>>> in the style of <<<image_2>>>, moving like <<<video_1>>>';
		const choice = { provider: 'evolink', model: 'kling-o3-reference-to-video', prompt, duration: 5, aspectRatio: '16:9', resolution: '720p' };
		const files = { evoLinkApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('evolink'), filesBaseUrl: `${simulator.origin}/evolink-files` } };
		const result = await createAfterImages('refs-kling-o3', [imageFile('style', style, 'png')], { ...choice, referenceImageUrls: IMAGE, referenceImageBinaryProperties: 'style', referenceVideoUrls: VIDEO }, files);
		expect(result.errorOf('Create')?.message).toBeUndefined();
		expect(simulator.requests.map((request) => request.route)).toEqual(['upload', 'create']);
		const body = { model: choice.model, prompt, duration: 5, quality: '720p', aspect_ratio: '16:9', video_url: VIDEO, image_urls: [IMAGE, uploadedUrl(style, 'png')] };
		expect(simulator.requests[1].body).toStrictEqual(body);
	});

	// The reference rules count binary images from their property names before the bytes are read, so a
	// model's minimum can be met by binary images alone and its maximum is enforced before any upload.
	const evolinkFiles = () => ({ evoLinkApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('evolink'), filesBaseUrl: `${simulator.origin}/evolink-files` } });

	it('Wan 2.7 reference-to-video with binary reference images only (and a voice bound to the second): uploaded, then created', async () => {
		const [first, second] = [pngImage(640, 480), jpegImage(480, 640)];
		const choice = { provider: 'evolink', model: 'wan2.7-reference-video', prompt: 'Image 1 greets Image 2', duration: 5, aspectRatio: '16:9', resolution: '720p' };
		const create = { ...choice, referenceImageBinaryProperties: 'first, second', referenceAudioUrls: `image2=${AUDIO}` };
		const result = await createAfterImages('refs-wan-binary-only', [imageFile('first', first, 'png'), imageFile('second', second, 'jpeg')], create, evolinkFiles());
		expect(result.errorOf('Create')?.message).toBeUndefined();
		expect(simulator.requests.map((request) => request.route)).toEqual(['upload', 'upload', 'create']);
		const body = simulator.requests[2].body as Record<string, unknown>;
		expect(body.image_urls).toStrictEqual([uploadedUrl(first, 'png'), uploadedUrl(second, 'jpeg')]);
		expect(body.model_params).toStrictEqual({ voice_bindings: { image2: AUDIO } });
	});

	it('Kling O3 image-to-video: a start image plus seven binary reference images (8 > 7) is refused before any upload or create', async () => {
		const images = [1, 2, 3, 4, 5, 6, 7].map((n) => imageFile(`ref${n}`, pngImage(600 + n, 600), 'png'));
		const create = { provider: 'evolink', model: 'kling-o3-image-to-video', prompt: 'x', duration: 5, aspectRatio: '16:9', resolution: '720p', imageUrl: IMAGE, referenceImageBinaryProperties: images.map((image) => image.property).join(',') };
		const result = await createAfterImages('refs-kling-binary-eight', images, create, evolinkFiles());
		expect(result.errorOf('Create')?.message).toMatch(/at most 7 images with the start image; 8 given/);
		expect(simulator.requests).toHaveLength(0);
	});

	it('Kling O3 video edit (row 20) with two Kling elements (row 10): model_params.element_list in order, create → wait → MP4', async () => {
		await evolinkRun(
			{
				family: 'Kling O3 edit elements',
				parameters: { model: 'kling-o3-video-edit', duration: 0, aspectRatio: 'adaptive', resolution: '1080p', referenceVideoUrls: VIDEO, referenceImageUrls: IMAGE, elementIds: '456789\n123456' },
				body: (prompt) => ({
					model: 'kling-o3-video-edit',
					prompt,
					quality: '1080p',
					video_url: VIDEO,
					image_urls: [IMAGE],
					model_params: { element_list: [{ element_id: '456789' }, { element_id: '123456' }] },
				}),
			},
			'Replace the person with <<<element_1>>> holding <<<element_2>>> in the style of <<<image_1>>>',
		);
	});

	it('Wan 2.7 reference-to-video: an image and a video, create → wait → MP4', async () => {
		await evolinkRun(
			{
				family: 'Wan 2.7 reference',
				parameters: { model: 'wan2.7-reference-video', duration: 8, aspectRatio: '9:16', resolution: '1080p', referenceImageUrls: IMAGE, referenceVideoUrls: VIDEO },
				body: (prompt) => ({ model: 'wan2.7-reference-video', prompt, duration: 8, quality: '1080p', aspect_ratio: '9:16', image_urls: [IMAGE], video_urls: [VIDEO] }),
			},
			'Image 1 dances like Video 1',
		);
	});

	it('Wan 2.7 reference-to-video with voices: each reference audio names its image or video, create → wait → MP4', async () => {
		const girl = 'https://img.example/girl.mp3';
		await evolinkRun(
			{
				family: 'Wan 2.7 reference voices',
				parameters: {
					model: 'wan2.7-reference-video',
					duration: 10,
					aspectRatio: '16:9',
					resolution: '720p',
					referenceImageUrls: `${IMAGE}\nhttps://img.example/chair.png`,
					referenceVideoUrls: VIDEO,
					referenceAudioUrls: `image1=${girl}\nvideo1=${AUDIO}`,
				},
				body: (prompt) => ({
					model: 'wan2.7-reference-video',
					prompt,
					duration: 10,
					quality: '720p',
					aspect_ratio: '16:9',
					image_urls: [IMAGE, 'https://img.example/chair.png'],
					video_urls: [VIDEO],
					model_params: { voice_bindings: { image1: girl, video1: AUDIO } },
				}),
			},
			'Image 1 sits on Image 2 and sings with Video 1',
		);
	});

	it.each([
		['a Wan 2.7 voice that names no reference', { model: 'wan2.7-reference-video', duration: 5, aspectRatio: '16:9', resolution: '720p', referenceImageUrls: IMAGE, referenceAudioUrls: AUDIO }, /must name the reference image or video/],
		['a Wan 2.7 voice for a second image that is not given', { model: 'wan2.7-reference-video', duration: 5, aspectRatio: '16:9', resolution: '720p', referenceImageUrls: IMAGE, referenceAudioUrls: `image2=${AUDIO}` }, /names image2, but 1 reference image given/],
		['Kling O3 reference without a video', { model: 'kling-o3-reference-to-video', duration: 5, aspectRatio: '16:9', resolution: '720p', referenceImageUrls: IMAGE }, /needs at least 1 video/],
		['Kling O3 reference at 11 s (an expression)', { model: 'kling-o3-reference-to-video', duration: '={{ 11 }}', aspectRatio: '16:9', resolution: '720p', referenceVideoUrls: VIDEO }, /Invalid duration 11/],
		['Kling O3 reference with 5 images', { model: 'kling-o3-reference-to-video', duration: 5, aspectRatio: '16:9', resolution: '720p', referenceVideoUrls: VIDEO, referenceImageUrls: [1, 2, 3, 4, 5].map((n) => `https://i.example/${n}.png`).join('\n') }, /at most 4 images/],
		['Kling O3 image-to-video with a start image and 4 elements (at most 3)', { model: 'kling-o3-image-to-video', duration: 5, aspectRatio: '16:9', resolution: '720p', imageUrl: IMAGE, elementIds: '={{ ["1", "2", "3", "4"] }}' }, /at most 3 elements with a start image; 4 given/],
		['Kling O3 reference with 3 images and 2 elements (at most 4 together)', { model: 'kling-o3-reference-to-video', duration: 5, aspectRatio: '16:9', resolution: '720p', referenceVideoUrls: VIDEO, referenceImageUrls: [1, 2, 3].map((n) => `https://i.example/${n}.png`).join('\n'), elementIds: '1, 2' }, /at most 4 images and elements together/],
		['audio without an image or video', { model: 'seedance-2.0-reference-to-video', duration: 5, aspectRatio: 'adaptive', resolution: '720p', referenceAudioUrls: AUDIO }, /only together with a reference image or video/],
		['four reference videos', { model: 'seedance-2.0-reference-to-video', duration: 5, aspectRatio: 'adaptive', resolution: '720p', referenceVideoUrls: [1, 2, 3, 4].map((n) => `https://v.example/${n}.mp4`).join('\n') }, /at most 3 videos/],
		['Veo frames together with references', { model: 'veo-3.1-generate-preview', duration: 8, aspectRatio: '16:9', resolution: '720p', imageUrl: IMAGE, referenceImageUrls: IMAGE }, /not both/],
	])('%s is refused before any request', async (_name, parameters, message) => {
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'evolink', operation: 'create', prompt: 'x', ...parameters })],
			credentials: credentials(),
		});
		expect(result.status).toBe('error');
		expect(result.errorOf('Create')?.message).toMatch(message);
		expect(simulator.requests).toHaveLength(0);
	});

	it('a reference field the chosen model does not show never reaches its body (n8n drops hidden parameters)', async () => {
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'evolink', operation: 'create', prompt: 'x', model: 'seedance-2.0-text-to-video', duration: 5, aspectRatio: 'adaptive', resolution: '720p', referenceImageUrls: IMAGE })],
			credentials: credentials(),
		});
		expect(result.errorOf('Create')?.message).toBeUndefined();
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).not.toHaveProperty('image_urls');
	});
});

// GlobalAI OPC: row 4, Veo 3.1 reference images (input_reference ≤ 3, never with frames, not on fast
// stable), and §2e, Grok's extra images in image_urls (no upload, no documented base64).
describe('GlobalAI OPC Veo 3.1 reference images and Grok multi-image', () => {
	const OPC = 'xingchaoApi';
	const opc = () => credentialsFor(simulator, 'xingchao', OPC);
	const three = [IMAGE, 'https://img.example/hat.png', 'https://img.example/street.webp'];
	const veo = { duration: 8, aspectRatio: '16:9', resolution: '1080p' };
	const grokMax = { model: 'grok_video3_max', duration: 10, aspectRatio: '16:9', resolution: '720p' };

	it('veo_3_1_pro_stable: three reference images in input_reference, create → wait → MP4', async () => {
		await createWaitDownload(
			simulator,
			'xingchao',
			OPC,
			{
				family: 'Veo 3.1 Pro Stable reference images',
				parameters: { model: 'veo_3_1_pro_stable', duration: 8, aspectRatio: '9:16', resolution: '1080p', referenceImageUrls: three.join('\n') },
				path: '/v1/veo/videos',
				body: (prompt) => ({ model: 'veo_3_1_pro_stable', prompt, aspect_ratio: '9:16', resolution: '1080p', input_reference: three }),
			},
			'The character in a hat walks down the street',
		);
	});

	it('grok_video3: the start image and two more in image_urls, create → wait → MP4', async () => {
		await createWaitDownload(
			simulator,
			'xingchao',
			OPC,
			{
				family: 'Grok Video 3 multi-image',
				parameters: { model: 'grok_video3', duration: 15, aspectRatio: '16:9', resolution: '720p', imageUrl: IMAGE, referenceImageUrls: three.slice(1).join(', ') },
				path: '/v1/grok/videos',
				body: (prompt) => ({ model: 'grok_video3', prompt, duration: 15, aspect_ratio: '16:9', resolution: '720p', image_urls: three }),
			},
			'The character puts on the hat and walks down the street',
		);
	});

	it.each([
		['Veo: four reference images', { ...veo, model: 'veo_3_1_fast', referenceImageUrls: [...three, 'https://img.example/4.png'].join('\n') }, /at most 3 images; 4 given/],
		['Veo: references with a first frame', { ...veo, model: 'veo_3_1_fast', imageUrl: IMAGE, referenceImageUrls: IMAGE }, /not both/],
		['Veo: references with a first and last frame', { ...veo, model: 'veo_3_1_pro', imageUrl: IMAGE, lastFrameUrl: IMAGE, referenceImageUrls: IMAGE }, /not both/],
		['Grok Max: a sixth image', { ...grokMax, imageUrl: IMAGE, referenceImageUrls: [1, 2, 3, 4, 5].map((n) => `https://img.example/${n}.png`).join('\n') }, /at most 5 images; 6 given/],
	])('%s is refused before any request', async (_name, parameters, message) => {
		const result = await runWorkflow({ nodes: [soraNode('Create', { provider: 'xingchao', operation: 'create', prompt: 'x', ...parameters })], credentials: opc() });
		expectRefusedBeforeRequest(result, simulator, 'Create', message);
	});

	// Binary reference images have no field on this provider (no upload; the unit test checks that).
	it.each(['grok_video3_max', 'grok_video3_stable'])('public URLs only: %s refuses a binary start image before any request', async (model) => {
		const fixture = provideImages(`opc-grok-${model}`, [{ property: 'data', bytes: pngImage(1280, 720), fileName: 'a.png', mimeType: 'image/png' }]);
		const create = soraNode('Create', { provider: 'xingchao', operation: 'create', prompt: 'x', ...grokMax, model, imageSource: 'binary', imageBinaryProperty: 'data' });
		const result = await runWorkflow({ nodes: [{ name: 'Binary Image', type: BINARY_IMAGE_TYPE, parameters: { fixture } }, create], credentials: opc(), types });
		expectRefusedBeforeRequest(result, simulator, 'Create', /does not take an image as binary data; it takes a public image URL.*Set Image Source to URL/);
	});

	it('veo_3_1_fast_stable shows no reference field: a value left from another model never reaches its body', async () => {
		const result = await runWorkflow({ nodes: [soraNode('Create', { provider: 'xingchao', operation: 'create', prompt: 'x', ...veo, model: 'veo_3_1_fast_stable', referenceImageUrls: IMAGE })], credentials: opc() });
		expect(result.errorOf('Create')?.message).toBeUndefined();
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).toStrictEqual({ model: 'veo_3_1_fast_stable', prompt: 'x', aspect_ratio: '16:9', resolution: '1080p' });
	});
});

describe('edit and extend', () => {
	it('Seedance 2.5 video edit: duration -1, adaptive, video_urls; create → wait → MP4', async () => {
		await evolinkRun(
			{
				family: 'Seedance 2.5 edit',
				parameters: { model: 'seedance-2.5-video-edit', duration: -1, aspectRatio: 'adaptive', resolution: '720p', referenceVideoUrls: VIDEO },
				body: (prompt) => ({ model: 'seedance-2.5-video-edit', prompt, duration: -1, quality: '720p', aspect_ratio: 'adaptive', generate_audio: true, video_urls: [VIDEO] }),
			},
			'Edit the video: make it snow @video1',
		);
	});

	it('Wan 2.7 continuation: the image-to-video id with generation_mode video_continuation', async () => {
		await evolinkRun(
			{
				family: 'Wan 2.7 continuation',
				parameters: { model: 'wan2.7-image-to-video', duration: 12, aspectRatio: 'adaptive', resolution: '720p', referenceVideoUrls: VIDEO },
				body: (prompt) => ({ model: 'wan2.7-image-to-video', prompt, generation_mode: 'video_continuation', duration: 12, quality: '720p', video_urls: [VIDEO] }),
			},
			'Video 1 continues: the camera rises',
		);
	});

	it('Seedance 2.5 edit with a fixed length (an expression) is refused before the paid call', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', {
					provider: 'evolink',
					operation: 'create',
					prompt: 'Edit the video @video1',
					model: 'seedance-2.5-video-edit',
					duration: '={{ 10 }}',
					aspectRatio: 'adaptive',
					resolution: '720p',
					referenceVideoUrls: VIDEO,
				}),
			],
			credentials: credentials(),
		});
		expect(result.errorOf('Create')?.message).toMatch(/Invalid duration 10.*allowed: -1/);
		expect(simulator.requests).toHaveLength(0);
	});
});

describe('park mode for the new EvoLink rows', () => {
	it.each([
		['seedance-2.5-video-edit', { duration: -1, aspectRatio: 'adaptive', resolution: '720p', referenceVideoUrls: VIDEO }],
		['seedance-2.0-reference-to-video', { duration: 5, aspectRatio: 'adaptive', resolution: '720p', referenceVideoUrls: VIDEO }],
		['kling-o3-video-edit', { duration: 0, aspectRatio: 'adaptive', resolution: '720p', referenceVideoUrls: VIDEO }],
		['kling-o3-reference-to-video', { duration: 5, aspectRatio: '16:9', resolution: '720p', referenceVideoUrls: VIDEO }],
		['wan2.7-reference-video', { duration: 5, aspectRatio: '16:9', resolution: '720p', referenceVideoUrls: VIDEO, referenceAudioUrls: `video1=${AUDIO}` }],
		['wan2.7-video-edit', { duration: 0, aspectRatio: 'adaptive', resolution: '720p', referenceVideoUrls: VIDEO }],
	])('%s parks with a callback_url in its create body', async (model, parameters) => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', {
					provider: 'evolink',
					operation: 'create',
					prompt: 'Edit the video @video1 [render-ms=60000]',
					model,
					...parameters,
					waitForCompletion: true,
					waitMode: 'park',
					options: { timeoutSeconds: 600 },
				}),
			],
			credentials: credentials(),
		});
		expect(result.errorOf('Create')?.message).toBeUndefined();
		expect(result.status).toBe('waiting');
		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates).toHaveLength(1);
		expect(String((creates[0].body as Record<string, unknown>).callback_url)).toMatch(/^https?:\/\//);
		expect(simulator.requests.filter((request) => request.route === 'status')).toHaveLength(0);
	});
});

describe('APIMart (gccai) references and edit', () => {
	const gccaiCredentials = () => credentialsFor(simulator, 'gccai', 'gccaiApi');

	it('Wan 2.7 video edit (row 19): the video and a reference image, 16:9, create → wait → MP4', async () => {
		await createWaitDownload(
			simulator,
			'gccai',
			'gccaiApi',
			{
				family: 'Wan 2.7 video edit',
				parameters: { model: 'wan2.7-videoedit', duration: 0, aspectRatio: '16:9', resolution: '1080p', negativePrompt: 'blur', referenceVideoUrls: VIDEO, referenceImageUrls: IMAGE },
				path: PATH,
				body: (prompt) => ({ model: 'wan2.7-videoedit', prompt, duration: 0, resolution: '1080P', size: '16:9', negative_prompt: 'blur', video_urls: [VIDEO], image_urls: [IMAGE] }),
			},
			'Turn video 1 into a watercolour in the style of image 1',
		);
	});

	it('Wan 2.7 video edit of the previous task\'s video: its videoUrl goes into video_urls', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', { provider: 'gccai', operation: 'create', prompt: 'A fox', model: 'wan2.7', duration: 5, aspectRatio: '16:9', resolution: '720p', waitForCompletion: true, options: fastWait }),
				soraNode('Edit', { provider: 'gccai', operation: 'create', prompt: 'Make video 1 snowy', model: 'wan2.7-videoedit', duration: 0, aspectRatio: 'adaptive', resolution: '720p', referenceVideoUrls: '={{ $json.videoUrl }}' }),
			],
			credentials: gccaiCredentials(),
		});
		expect(result.errorOf('Edit')?.message).toBeUndefined();
		const [source] = result.outputOf('Create');
		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates.map((request) => request.status)).toEqual([200, 200]);
		expect(creates[1].body).toStrictEqual({ model: 'wan2.7-videoedit', prompt: 'Make video 1 snowy', duration: 0, resolution: '720P', video_urls: [source.json.videoUrl] });
	});

	it('Wan 2.7 reference-to-video (row 13): an image as reference_image and a video, create → wait → MP4', async () => {
		await createWaitDownload(
			simulator,
			'gccai',
			'gccaiApi',
			{
				family: 'Wan 2.7 r2v',
				parameters: { model: 'wan2.7-r2v', duration: 8, aspectRatio: '9:16', resolution: '720p', referenceImageUrls: IMAGE, referenceVideoUrls: VIDEO },
				path: PATH,
				body: (prompt) => ({ model: 'wan2.7-r2v', prompt, duration: 8, resolution: '720P', size: '9:16', image_with_roles: [{ url: IMAGE, role: 'reference_image' }], video_urls: [VIDEO] }),
			},
			'image 1 dances like video 1',
		);
	});

	it('Wan 2.7 reference-to-video: a binary first frame and a binary reference image go through /v1/uploads/images', async () => {
		const frame = pngImage(1280, 720);
		const character = jpegImage(640, 640);
		const result = await createAfterImages(
			'refs-wan-r2v',
			[imageFile('frame', frame, 'png'), imageFile('character', character, 'jpeg')],
			{
				provider: 'gccai',
				model: 'wan2.7-r2v',
				prompt: 'image 1 and image 2 walk in',
				duration: 5,
				aspectRatio: '16:9',
				resolution: '1080p',
				imageSource: 'binary',
				imageBinaryProperty: 'frame',
				referenceImageUrls: IMAGE,
				referenceImageBinaryProperties: 'character',
			},
			gccaiCredentials(),
		);
		expect(result.errorOf('Create')?.message).toBeUndefined();
		expect(simulator.requests.map((request) => request.route)).toEqual(['upload', 'upload', 'create']);
		const create = simulator.requests[2];
		expect(create.status).toBe(200);
		expect(create.body).toStrictEqual({
			model: 'wan2.7-r2v',
			prompt: 'image 1 and image 2 walk in',
			duration: 5,
			resolution: '1080P',
			image_with_roles: [
				{ url: uploadedUrl(frame, 'png'), role: 'first_frame' },
				{ url: IMAGE, role: 'reference_image' },
				{ url: uploadedUrl(character, 'jpeg'), role: 'reference_image' },
			],
		});
	});

	it('Kling 3.0 Omni (row 11): a first frame, a reference image and a reference video, create → wait → MP4', async () => {
		await createWaitDownload(
			simulator,
			'gccai',
			'gccaiApi',
			{
				family: 'Kling 3.0 Omni',
				parameters: { model: 'kling-v3-omni', duration: 5, aspectRatio: '16:9', resolution: '1080p', generateAudio: false, imageUrl: IMAGE, referenceImageUrls: 'https://img.example/hat.png', referenceVideoUrls: VIDEO },
				path: PATH,
				body: (prompt) => ({
					model: 'kling-v3-omni',
					prompt,
					duration: 5,
					mode: 'pro',
					aspect_ratio: '16:9',
					audio: false,
					image_with_roles: [
						{ url: IMAGE, role: 'first_frame' },
						{ url: 'https://img.example/hat.png', role: 'reference' },
					],
					video_list: [VIDEO],
				}),
			},
			'<<<image_1>>> wears <<<image_2>>> and moves like <<<video_1>>>',
		);
	});

	it.each([
		['Kling 3.0 Omni sound with a reference video', { model: 'kling-v3-omni', duration: 5, aspectRatio: '16:9', resolution: '720p', generateAudio: true, referenceVideoUrls: VIDEO }, /cannot make sound together with a reference video/],
		['a reference-to-video with a first frame only', { model: 'wan2.7-r2v', duration: 5, aspectRatio: '16:9', resolution: '1080p', imageUrl: IMAGE }, /at least 1 reference image or video/],
		['a reference-to-video with 3 images and 3 videos', { model: 'wan2.7-r2v', duration: 5, aspectRatio: '16:9', resolution: '1080p', referenceImageUrls: [1, 2, 3].map((n) => `https://img.example/${n}.png`).join('\n'), referenceVideoUrls: [1, 2, 3].map((n) => `https://v.example/${n}.mp4`).join('\n') }, /at most 5 images and videos together/],
		['a reference-to-video of 12 s with a video', { model: 'wan2.7-r2v', duration: 12, aspectRatio: '16:9', resolution: '1080p', referenceVideoUrls: VIDEO }, /at most 10 s/],
		['an edit without the video to edit', { model: 'wan2.7-videoedit', duration: 0, aspectRatio: 'adaptive', resolution: '1080p', referenceImageUrls: IMAGE }, /needs the video to edit/],
		['an edit of 11 s (an expression)', { model: 'wan2.7-videoedit', duration: '={{ 11 }}', aspectRatio: 'adaptive', resolution: '1080p', referenceVideoUrls: VIDEO }, /Invalid duration 11/],
		['an edit with 5 reference images', { model: 'wan2.7-videoedit', duration: 0, aspectRatio: 'adaptive', resolution: '1080p', referenceVideoUrls: VIDEO, referenceImageUrls: [1, 2, 3, 4, 5].map((n) => `https://img.example/${n}.png`).join('\n') }, /at most 4 images/],
	])('%s is refused before any request', async (_name, parameters, message) => {
		const result = await runWorkflow({ nodes: [soraNode('Create', { provider: 'gccai', operation: 'create', prompt: 'x', ...parameters })], credentials: gccaiCredentials() });
		expectRefusedBeforeRequest(result, simulator, 'Create', message);
	});
});
