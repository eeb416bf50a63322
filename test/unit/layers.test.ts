/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The node's layers, top to bottom (../shared/design.md): a file may import from its own layer or any
 * layer below it, never from one above.
 */
const LAYERS: string[][] = [
	// The node class factory (videoNode.ts) sits with the node file: the full node and each edition extend it.
	['Sora.node.ts', 'Sora.node', 'videoNode.ts', 'videoNode'],
	['webhook'],
	['actions'],
	['waiter'],
	['transport'],
	['validation', 'description'],
	['catalog'],
	['providers'],
];

const NODE_ROOT = path.resolve(__dirname, '../../nodes/Sora');

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return entry.name.endsWith('.ts') ? [full] : [];
	});
}

function relativeImports(file: string): string[] {
	const source = fs.readFileSync(file, 'utf8');
	const specifiers = [...source.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)].map((match) => match[1]);
	return specifiers.map((specifier) => path.resolve(path.dirname(file), specifier));
}

/** Every import in the tree at `root` that runs from a lower layer to a higher one. */
function upwardImports(root: string): string[] {
	const rankOf = (file: string) => {
		const [room] = path.relative(root, file).split(path.sep);
		const rank = LAYERS.findIndex((layer) => layer.includes(room));
		if (rank < 0) throw new Error(`${room} is in no layer: add it to LAYERS`);
		return rank;
	};
	return sourceFiles(root).flatMap((file) =>
		relativeImports(file)
			.filter((target) => target.startsWith(root + path.sep))
			.filter((target) => rankOf(target) < rankOf(file))
			.map((target) => `${path.relative(root, file)} → ${path.relative(root, target)}`),
	);
}

describe('layers of nodes/Sora', () => {
	it('has no import that runs up the layer order', () => {
		expect(upwardImports(NODE_ROOT)).toEqual([]);
	});

	it('notices an upward import (the check can fail)', () => {
		const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
		try {
			fs.mkdirSync(path.join(tmp, 'providers'));
			fs.mkdirSync(path.join(tmp, 'waiter'));
			fs.writeFileSync(path.join(tmp, 'waiter', 'poll.ts'), 'export const poll = 1;\n');
			fs.writeFileSync(path.join(tmp, 'providers', 'bad.ts'), "import { poll } from '../waiter/poll';\n");
			expect(upwardImports(tmp)).toEqual([`${path.join('providers', 'bad.ts')} → ${path.join('waiter', 'poll')}`]);
		} finally {
			fs.rmSync(tmp, { recursive: true, force: true });
		}
	});
});
