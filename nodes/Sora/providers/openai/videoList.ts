import { z } from 'zod';

import { asNonEmptyString } from '../read';
import { parseBody } from '../schema';
import type { HttpCall, VideoPage } from '../types';

// `GET /videos` (providers.md §1.3): cursor pagination, `{data:[Video], has_more, last_id}`.
const pageSchema = z.object({ data: z.array(z.unknown()), has_more: z.boolean().optional(), last_id: z.unknown().optional() }).passthrough();

export const openaiVideoList = {
	request(after: string | undefined, limit: number): HttpCall {
		return { method: 'GET', path: '/videos', qs: { limit, ...(after ? { after } : {}) } };
	},
	parse(body: unknown): VideoPage {
		const page = parseBody(pageSchema, body, 'The video list response');
		const lastVideo = page.data.at(-1) as { id?: unknown } | undefined;
		return {
			videos: page.data,
			hasMore: page.has_more === true,
			lastId: asNonEmptyString(page.last_id) ?? asNonEmptyString(lastVideo?.id) ?? null,
		};
	},
};
