import type { INodeParameters } from 'n8n-workflow';

import { startSimulator, type SimulatorHandle } from '../../dev/simulator';
import { runWorkflow, type TypeRegistry } from '../support/engine';
import { BINARY_IMAGE_TYPE, jpegImage, pngImage, provideImages, sha256, typesWithBinaryImages } from './binaryImageFiles';
import { API_KEY, soraNode } from './cases';
import { createWaitDownload, credentialsFor, type FamilyCase } from './successorFlow';

// References, edit and extend inside n8n's engine against the EvoLink simulator, whose model table
// refuses any key, count or value the docs do not allow (dev/simulator/dialects/evolinkModels.js).
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

/** One EvoLink Create after a node holding binary images, in n8n's filesystem mode; uploads go to the simulator's file host. */
const createWithBinaryImages = (fixture: string, parameters: INodeParameters) =>
	runWorkflow({
		nodes: [{ name: 'Binary Image', type: BINARY_IMAGE_TYPE, parameters: { fixture } }, soraNode('Create', { provider: 'evolink', operation: 'create', ...parameters })],
		credentials: { evoLinkApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('evolink'), filesBaseUrl: `${simulator.origin}/evolink-files` } },
		binaryMode: 'filesystem',
		types,
	});

describe('reference-to-video', () => {
	it('Seedance 2.0: URL references plus two binary images, uploaded in order, then one create with every list', async () => {
		const character = pngImage(800, 600);
		const prop = jpegImage(640, 640);
		const fixture = provideImages('refs-seedance', [
			{ property: 'character', bytes: character, fileName: 'character.png', mimeType: 'image/png' },
			{ property: 'prop', bytes: prop, fileName: 'prop.jpg', mimeType: 'image/jpeg' },
		]);
		const prompt = '@image1 waves at @image3 while @video1 plays, voice @audio1';
		const result = await createWithBinaryImages(fixture, {
			model: 'seedance-2.0-reference-to-video',
			prompt,
			duration: 8,
			aspectRatio: 'adaptive',
			resolution: '720p',
			referenceImageUrls: IMAGE,
			referenceImageBinaryProperties: 'character, prop',
			referenceVideoUrls: VIDEO,
			referenceAudioUrls: AUDIO,
		});
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
		const fixture = provideImages('refs-kling-o3', [{ property: 'style', bytes: style, fileName: 'style.png', mimeType: 'image/png' }]);
		const prompt = '<<<image_1>>> in the style of <<<image_2>>>, moving like <<<video_1>>>';
		const choice = { model: 'kling-o3-reference-to-video', prompt, duration: 5, aspectRatio: '16:9', resolution: '720p' };
		const result = await createWithBinaryImages(fixture, { ...choice, referenceImageUrls: IMAGE, referenceImageBinaryProperties: 'style', referenceVideoUrls: VIDEO });
		expect(result.errorOf('Create')?.message).toBeUndefined();
		expect(simulator.requests.map((request) => request.route)).toEqual(['upload', 'create']);
		const body = { model: choice.model, prompt, duration: 5, quality: '720p', aspect_ratio: '16:9', video_url: VIDEO, image_urls: [IMAGE, uploadedUrl(style, 'png')] };
		expect(simulator.requests[1].body).toStrictEqual(body);
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
		['audio without an image or video', { model: 'seedance-2.0-reference-to-video', duration: 5, aspectRatio: 'adaptive', resolution: '720p', referenceAudioUrls: AUDIO }, /only together with a reference image or video/],
		['four reference videos', { model: 'seedance-2.0-reference-to-video', duration: 5, aspectRatio: 'adaptive', resolution: '720p', referenceVideoUrls: [1, 2, 3, 4].map((n) => `https://v.example/${n}.mp4`).join('\n') }, /at most 3 videos/],
		['Veo frames together with references', { model: 'veo-3.1-generate-preview', duration: 8, aspectRatio: '16:9', resolution: '720p', imageUrl: IMAGE, referenceImageUrls: IMAGE }, /not both/],
		['Kling O3 reference without a video', { model: 'kling-o3-reference-to-video', duration: 5, aspectRatio: '16:9', resolution: '720p', referenceImageUrls: IMAGE }, /needs at least 1 video/],
		['Kling O3 reference at 11 s (an expression)', { model: 'kling-o3-reference-to-video', duration: '={{ 11 }}', aspectRatio: '16:9', resolution: '720p', referenceVideoUrls: VIDEO }, /Invalid duration 11/],
		['Kling O3 reference with 5 images', { model: 'kling-o3-reference-to-video', duration: 5, aspectRatio: '16:9', resolution: '720p', referenceVideoUrls: VIDEO, referenceImageUrls: [1, 2, 3, 4, 5].map((n) => `https://i.example/${n}.png`).join('\n') }, /at most 4 images/],
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
