import { yutoaiLegacy } from '../../../nodes/Sora/providers/yutoaiLegacy';
import { validateCreateInput } from '../../../nodes/Sora/validation/createInput';

const base = { model: 'turbo', prompt: 'A paper boat', duration: 10, aspectRatio: '16:9', resolution: '720p', imageUrl: '' };

function bodyFor(storyboard: string) {
	const input = validateCreateInput(yutoaiLegacy, { ...base, extras: { storyboard } });
	return yutoaiLegacy.buildCreateRequest(input).body ?? {};
}

describe('yutoaiLegacy storyboard', () => {
	it('turns "second: description" lines into storyboard actions (schema: actions[].time, .description)', () => {
		const body = bodyFor('0: a boat sets off\n\n4.5: it drifts under a bridge\n');
		expect(body.operation).toBe('storyboard');
		expect(body.actions).toEqual([
			{ time: 0, description: 'a boat sets off' },
			{ time: 4.5, description: 'it drifts under a bridge' },
		]);
	});

	it('stays a simple composition without a storyboard', () => {
		const body = bodyFor('');
		expect(body.operation).toBe('simple_compose');
		expect(body).not.toHaveProperty('actions');
	});

	it('refuses a line that is not "second: description", naming it, before any request', () => {
		expect(() => bodyFor('0: fine\nthen something')).toThrow(/Invalid Storyboard[\s\S]*this one is not: "then something"/);
	});
});
