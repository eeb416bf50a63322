import type { IExecuteFunctions } from 'n8n-workflow';

import type { CreateInput, ImageFile, ImageUploadSpec } from '../providers/types';
import { InvalidParameterError } from '../validation/invalidParameter';
import type { ProviderConnection } from './connection';
import { sendProviderRequest } from './sendRequest';

/**
 * For providers that take images through their own upload endpoint: uploads each binary image and
 * puts the returned URL where the create expects it. An upload bills nothing, so it is retried like
 * a status check, unless the provider stores every upload that arrives (APIMart): then only an
 * upload that never arrived is repeated. The create that follows keeps its own never-blindly rule.
 */
export async function uploadImages(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	input: CreateInput,
	signal?: AbortSignal,
): Promise<CreateInput> {
	const upload = connection.provider.imageInput?.upload;
	if (connection.provider.imageInput?.binary !== 'upload' || !upload) return input;
	const referenceFiles = input.referenceImageFiles ?? [];
	if (!input.imageFile && !input.lastFrameFile && referenceFiles.length === 0) return input;
	const send = async (file: ImageFile) => await uploadOne(context, connection, upload, file, signal);
	const imageUrl = input.imageFile ? await send(input.imageFile) : input.imageUrl;
	const lastFrameUrl = input.lastFrameFile ? await send(input.lastFrameFile) : input.lastFrameUrl;
	// One after another: the reference order is the order the prompt's tags (@image2 …) count in.
	const uploaded: string[] = [];
	for (const file of referenceFiles) uploaded.push(await send(file));
	const references = input.references && uploaded.length > 0 ? { ...input.references, images: [...input.references.images, ...uploaded] } : input.references;
	return { ...input, imageUrl, lastFrameUrl, references, imageFile: undefined, lastFrameFile: undefined, referenceImageFiles: undefined, referenceImagesFromBinary: undefined };
}

async function uploadOne(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	upload: ImageUploadSpec,
	file: ImageFile,
	signal?: AbortSignal,
): Promise<string> {
	const url = upload.url(connection.baseUrl, connection.filesBaseUrl);
	if (!url) throw new InvalidParameterError('Files API URL (credential)', connection.filesBaseUrl ?? '', upload.urlHint);
	const body = await sendProviderRequest(
		context,
		connection,
		{ method: 'POST', path: url, form: [{ name: upload.fileField, file }] },
		{ kind: upload.retriedOnlyIfNeverSent ? 'upload' : 'idempotent', signal },
	);
	return upload.parse(body);
}
