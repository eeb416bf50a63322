import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A fresh parse of one documented body, so a test can also check that the parser left it untouched. */
export function fixture(provider: string, name: string): unknown {
	return JSON.parse(readFileSync(path.join(__dirname, 'fixtures', provider, `${name}.json`), 'utf8')) as unknown;
}
