import { evolink } from './evolink';
import { gccai } from './gccai';
import { openai } from './openai';
import type { ProviderId, ProviderSpec } from './types';
import { xingchao } from './xingchao';
import { yutoai } from './yutoai';
import { yutoaiLegacy } from './yutoaiLegacy';

/** The registry: the node description, validation and transport are generated from this list. */
export const providers: readonly ProviderSpec[] = [gccai, yutoai, yutoaiLegacy, evolink, xingchao, openai];

export function findProvider(id: string): ProviderSpec | undefined {
	return providers.find((provider) => provider.id === id);
}

export function providerIds(): ProviderId[] {
	return providers.map((provider) => provider.id);
}
