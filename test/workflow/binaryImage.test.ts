import { runWorkflow, type TypeRegistry } from '../support/engine';
import { useSimulator } from '../support/useSimulator';
import { BINARY_IMAGE_TYPE, gifImage, jpegImage, pngImage, provideImages, sha256, typesWithBinaryImages, webpImage } from './binaryImageFiles';
import { API_KEY, soraNode } from './cases';
import { expectRefusedBeforeRequest } from './runChecks';

const simulator = useSimulator({ apiKey: API_KEY });
let types: TypeRegistry;

beforeAll(async () => {
	types = await typesWithBinaryImages();
});

const imageNode = (fixture: string) => ({ name: 'Binary Image', type: BINARY_IMAGE_TYPE, parameters: { fixture } });

async function createFromBinary(fixture: string, parameters: Record<string, unknown>, credentials: Record<string, unknown>) {
	return await runWorkflow({
		nodes: [imageNode(fixture), soraNode('Create', { operation: 'create', prompt: 'Animate this picture', imageSource: 'binary', ...parameters })],
		credentials: credentials as never,
		binaryMode: 'filesystem',
		types,
	});
}

describe('OpenAI-compatible: a binary image goes as the multipart input_reference file', () => {
	const credentials = () => ({ soraOpenAiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('openai') } });
	const openai = { provider: 'openai', model: 'sora-2', duration: 8, resolution: '720p', aspectRatio: '16:9' };

	it('streams a PNG from the filesystem binary store into a multipart create, byte for byte', async () => {
		const png = pngImage(1280, 720);
		const fixture = provideImages('openai-png', [{ property: 'data', bytes: png, fileName: 'frame.bin', mimeType: 'application/octet-stream' }]);
		const result = await createFromBinary(fixture, openai, credentials());

		expect(result.status).toBe('success');
		expect(result.binary.mode).toBe('filesystem');
		expect(result.binary.writes[0]?.id).toMatch(/^filesystem/);
		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates).toHaveLength(1);
		expect(creates[0].headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(Number(creates[0].headers['content-length'])).toBeGreaterThan(png.length);
		expect(creates[0].body).toEqual({
			model: 'sora-2',
			prompt: 'Animate this picture',
			seconds: '8',
			size: '1280x720',
			// Name and type follow the bytes, not the octet-stream the previous node claimed.
			input_reference: { filename: 'frame.png', contentType: 'image/png', bytes: png.length, head: png.subarray(0, 16).toString('hex'), sha256: sha256(png) },
		});
		expect(result.outputOf('Create')[0].json).toMatchObject({ provider: 'openai', status: 'queued' });
	});

	it('takes a JPEG from another binary property', async () => {
		const jpeg = jpegImage(720, 1280);
		const fixture = provideImages('openai-jpeg', [{ property: 'photo', bytes: jpeg, fileName: 'me.jpeg', mimeType: 'image/jpeg' }]);
		const result = await createFromBinary(fixture, { ...openai, aspectRatio: '9:16', imageBinaryProperty: 'photo' }, credentials());
		expect(result.status).toBe('success');
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).toMatchObject({ size: '720x1280', input_reference: { filename: 'me.jpg', contentType: 'image/jpeg', sha256: sha256(jpeg) } });
	});

	it.each([
		['a GIF', gifImage(1280, 720), /is a GIF image of 1280×720 pixels.*takes PNG, JPEG, WebP/],
		['an HTML page saved as .png', Buffer.from('<html><body>Not found</body></html>'), /not a PNG, JPEG, WebP image \(its first bytes are 3c 68 74 6d/],
		['an empty file', Buffer.alloc(0), /the file is empty/],
	])('refuses %s before any request', async (_label, bytes, reason) => {
		const fixture = provideImages(`openai-bad-${bytes.length}`, [{ property: 'data', bytes, fileName: 'frame.png', mimeType: 'image/png' }]);
		const result = await createFromBinary(fixture, openai, credentials());
		expect(result.status).toBe('error');
		const message = result.errorOf('Create')?.message ?? '';
		expect(message).toMatch(/^Invalid reference image \(binary property\) "data": /);
		expect(message).toMatch(reason);
		expect(simulator.requests).toHaveLength(0);
	});

	it('names the binary properties the item does have when the named one is missing', async () => {
		const fixture = provideImages('openai-elsewhere', [{ property: 'file', bytes: pngImage(1280, 720), fileName: 'a.png', mimeType: 'image/png' }]);
		const result = await createFromBinary(fixture, openai, credentials());
		expectRefusedBeforeRequest(result, simulator, 'Create', /"data".*no binary property of that name; it has "file"/);
	});
});

describe('gccai (APIMart): a binary image is uploaded to /v1/uploads/images, then its URL is created with', () => {
	const credentials = () => ({ gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } });
	const gccai = { provider: 'gccai', model: 'sora-2', duration: 8, resolution: '720p', aspectRatio: '16:9' };

	it('uploads the file (multipart field file), then sends the returned URL in image_urls', async () => {
		const png = pngImage(1280, 720);
		const fixture = provideImages('gccai-png', [{ property: 'data', bytes: png, fileName: 'start.png', mimeType: 'image/png' }]);
		const result = await createFromBinary(fixture, gccai, credentials());
		expect(result.status).toBe('success');
		const [upload, create, ...rest] = simulator.requests;
		expect(rest).toHaveLength(0);
		expect(upload).toMatchObject({ route: 'upload', method: 'POST', path: '/gccai/v1/uploads/images' });
		expect(upload.headers.authorization).toBe(`Bearer ${API_KEY}`);
		expect(upload.body).toEqual({ file: expect.objectContaining({ filename: 'start.png', contentType: 'image/png', sha256: sha256(png) }) });
		const uploadedUrl = `${simulator.origin}/files/uploads/${sha256(png).slice(0, 24)}.png`;
		expect(create.route).toBe('create');
		expect(create.body).toMatchObject({ model: 'sora-2', image_urls: [uploadedUrl] });
	});

	it('a failed upload is not repeated (APIMart stores every upload that arrives) and nothing is created', async () => {
		simulator.injectFault({ provider: 'gccai', route: 'upload', fault: { type: 'http', status: 503 } });
		const fixture = provideImages('gccai-no-retry', [{ property: 'data', bytes: pngImage(1280, 720), fileName: 'a.png', mimeType: 'image/png' }]);
		const result = await createFromBinary(fixture, gccai, credentials());
		expect(result.status).toBe('error');
		expect(result.errorOf('Create')?.message).toMatch(/answered the image upload with HTTP 503.*not sent again.*no task was created/);
		expect(simulator.requests.map((request) => request.route)).toEqual(['upload']);
	});

	it('an upload refused with 429 never arrived, so it is repeated; the create is sent once', async () => {
		simulator.injectFault({ provider: 'gccai', route: 'upload', fault: { type: 'http', status: 429, retryAfterSeconds: 0 } });
		const fixture = provideImages('gccai-429', [{ property: 'data', bytes: pngImage(1280, 720), fileName: 'a.png', mimeType: 'image/png' }]);
		const result = await createFromBinary(fixture, gccai, credentials());
		expect(result.status).toBe('success');
		expect(simulator.requests.map((request) => request.route)).toEqual(['upload', 'upload', 'create']);
	});

	it('an image over 10 MB is uploaded: APIMart states no size limit for uploads', async () => {
		const big = Buffer.concat([pngImage(1280, 720), Buffer.alloc(10 * 1024 * 1024)]);
		const fixture = provideImages('gccai-big', [{ property: 'data', bytes: big, fileName: 'a.png', mimeType: 'image/png' }]);
		const result = await createFromBinary(fixture, gccai, credentials());
		expect(result.errorOf('Create')?.message).toBeUndefined();
		expect(result.status).toBe('success');
		const [upload] = simulator.requests;
		expect(upload.body).toEqual({ file: expect.objectContaining({ bytes: big.length, sha256: sha256(big) }) });
	});

	it('Kling 3.0 Turbo refuses a WebP file before the upload (its page lists jpg/jpeg/png)', async () => {
		const webp = webpImage(1280, 720);
		const fixture = provideImages('gccai-webp', [{ property: 'data', bytes: webp, fileName: 'a.webp', mimeType: 'image/webp' }]);
		const turbo = { provider: 'gccai', model: 'kling-3.0-turbo', duration: 5, resolution: '1080p', aspectRatio: '16:9' };
		const result = await createFromBinary(fixture, turbo, credentials());
		expect(result.status).toBe('error');
		expect(result.errorOf('Create')?.message).toMatch(/is a WebP image of 1280×720 pixels.*model "kling-3\.0-turbo" takes PNG, JPEG/);
		expect(simulator.requests).toHaveLength(0);
	});
});

describe('YutoAI: a binary image goes as a base64 data URL in images', () => {
	it('sends data:image/jpeg;base64,… with exactly the file bytes', async () => {
		const jpeg = jpegImage(1280, 720);
		const fixture = provideImages('yutoai-jpeg', [{ property: 'data', bytes: jpeg, fileName: 'x.jpg', mimeType: 'image/jpeg' }]);
		const result = await createFromBinary(
			fixture,
			{ provider: 'yutoai', model: 'sora-2', duration: 10, resolution: '720p', aspectRatio: '16:9' },
			{ yutoAiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('yutoai') } },
		);
		expect(result.status).toBe('success');
		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates).toHaveLength(1);
		expect((creates[0].body as { images: string[] }).images).toEqual([`data:image/jpeg;base64,${jpeg.toString('base64')}`]);
	});
});

describe('Xingchao: no binary input documented', () => {
	it('refuses Binary Data naming what it takes, with zero requests', async () => {
		const fixture = provideImages('xingchao-png', [{ property: 'data', bytes: pngImage(1280, 720), fileName: 'a.png', mimeType: 'image/png' }]);
		const result = await createFromBinary(
			fixture,
			{ provider: 'xingchao', model: 'openAiSora2Plus', duration: 4, resolution: '720p', aspectRatio: '16:9' },
			{ xingchaoApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('xingchao') } },
		);
		expectRefusedBeforeRequest(result, simulator, 'Create', /does not take an image as binary data; it takes a public image URL \(for Sora exactly 1280×720/);
	});
});

describe('EvoLink: a binary image is uploaded to the files API (another host), then its file_url is sent', () => {
	const filesBaseUrl = () => `${simulator.origin}/evolink-files`;
	const evolink = { provider: 'evolink', model: 'sora-2-preview', duration: 4, resolution: '720p', aspectRatio: '16:9' };

	it('uploads to {Files API URL}/api/v1/files/upload/stream, then creates with image_urls [file_url]', async () => {
		const png = pngImage(1280, 720);
		const fixture = provideImages('evolink-png', [{ property: 'data', bytes: png, fileName: 'start.png', mimeType: 'image/png' }]);
		const result = await createFromBinary(fixture, evolink, {
			evoLinkApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('evolink'), filesBaseUrl: filesBaseUrl() },
		});
		expect(result.status).toBe('success');
		const [upload, create] = simulator.requests;
		expect(upload).toMatchObject({ route: 'upload', path: '/evolink-files/api/v1/files/upload/stream' });
		expect(upload.body).toEqual({ file: expect.objectContaining({ contentType: 'image/png', sha256: sha256(png) }) });
		expect(create.body).toMatchObject({ model: 'sora-2-preview', image_urls: [`${simulator.origin}/files/uploads/${sha256(png).slice(0, 24)}.png`] });
	});

	it.each([
		['16:9', pngImage(1024, 1024), /it is a PNG image of 1024×1024 pixels.*"sora-2-preview" at 16:9 needs exactly 1280×720 pixels/],
		['9:16', jpegImage(1280, 720), /it is a JPEG image of 1280×720 pixels.*at 9:16 needs exactly 720×1280 pixels/],
	])('sora-2-preview at %s refuses an image of the wrong pixel size before any request', async (aspectRatio, bytes, reason) => {
		const fixture = provideImages(`evolink-size-${aspectRatio}`, [{ property: 'data', bytes, fileName: 'a.png', mimeType: 'image/png' }]);
		const result = await createFromBinary(fixture, { ...evolink, aspectRatio }, {
			evoLinkApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('evolink'), filesBaseUrl: filesBaseUrl() },
		});
		expectRefusedBeforeRequest(result, simulator, 'Create', reason);
	});

	it('with a proxy Base URL and no Files API URL, says where uploads go, with zero requests', async () => {
		const fixture = provideImages('evolink-nofiles', [{ property: 'data', bytes: pngImage(1280, 720), fileName: 'a.png', mimeType: 'image/png' }]);
		const result = await createFromBinary(fixture, evolink, { evoLinkApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('evolink') } });
		expectRefusedBeforeRequest(result, simulator, 'Create', /Files API URL.*files-api\.evolink\.ai/);
	});
});

describe('first + last frame from binary data', () => {
	it('gccai Veo 3.1: uploads both frames, then sends them as image_urls [first, last] in frame mode', async () => {
		const first = pngImage(1280, 720);
		const last = jpegImage(1280, 720);
		const fixture = provideImages('gccai-frames', [
			{ property: 'first', bytes: first, fileName: 'first.png', mimeType: 'image/png' },
			{ property: 'last', bytes: last, fileName: 'last.jpg', mimeType: 'image/jpeg' },
		]);
		const result = await createFromBinary(
			fixture,
			{ provider: 'gccai', model: 'veo3.1-fast', duration: 8, resolution: '720p', aspectRatio: '16:9', imageBinaryProperty: 'first', lastFrameBinaryProperty: 'last' },
			{ gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } },
		);
		expect(result.status).toBe('success');
		const uploads = simulator.requests.filter((request) => request.route === 'upload');
		expect(uploads.map((upload) => (upload.body as { file: { sha256: string } }).file.sha256)).toEqual([sha256(first), sha256(last)]);
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).toMatchObject({
			model: 'veo3.1-fast',
			image_urls: [`${simulator.origin}/files/uploads/${sha256(first).slice(0, 24)}.png`, `${simulator.origin}/files/uploads/${sha256(last).slice(0, 24)}.jpeg`],
			generation_type: 'frame',
		});
	});
});
