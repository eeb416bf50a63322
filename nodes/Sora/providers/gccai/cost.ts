import { readPath } from '../read';
import type { TaskCost } from '../types';

// [T] martianzhang/apimart-cli types.go and APIMart-affiliated wikis: a task reports what it was billed
// as `data.cost` and/or `data.credits_cost`. [I] The unit is not documented: `cost` is read as the
// account currency (USD on APIMart), `credits_cost` as credits.
export function readApimartCost(raw: unknown): TaskCost | null {
	const data = readPath(raw, 'data');
	const record = Array.isArray(data) ? data[0] : data;
	const cost = toAmount(readPath(record, 'cost'));
	if (cost !== undefined) return { amount: cost, unit: 'usd' };
	const credits = toAmount(readPath(record, 'credits_cost'));
	if (credits !== undefined) return { amount: credits, unit: 'credits' };
	return null;
}

function toAmount(value: unknown): number | undefined {
	const amount = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof amount === 'number' && Number.isFinite(amount) && amount >= 0 ? amount : undefined;
}
