/** Groups keys whose derived value is identical, so one UI parameter can serve them all. */
export function groupByValue<K, V>(keys: readonly K[], valueOf: (key: K) => V): Array<{ keys: K[]; value: V }> {
	const groups = new Map<string, { keys: K[]; value: V }>();
	for (const key of keys) {
		const value = valueOf(key);
		const signature = JSON.stringify(value);
		const group = groups.get(signature);
		if (group) group.keys.push(key);
		else groups.set(signature, { keys: [key], value });
	}
	return [...groups.values()];
}
