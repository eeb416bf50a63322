/** Every whole number of seconds from `min` to `max`, for models that take any length in a range. */
export function secondsRange(min: number, max: number): number[] {
	return Array.from({ length: max - min + 1 }, (_unused, index) => min + index);
}
