import { providers } from './providers';
import { videoNodeClass } from './videoNode';

/** The full package's node: every provider. Each edition extends the same class with one provider service. */
export class Sora extends videoNodeClass({
	displayName: 'Sora',
	name: 'sora',
	icon: { light: 'file:sora.svg', dark: 'file:sora.dark.svg' },
	// Version 2 only changes defaults (the newest model); version 1 keeps what its saved workflows rely on.
	version: [1, 2],
	defaultVersion: 2,
	subtitle: '={{ $parameter["operation"] + ": " + $parameter["provider"] }}',
	description:
		'Create AI videos (Veo, Seedance, Kling, Wan, Hailuo, Grok, Vidu, Sora) through several API providers, check their status, wait for them and download the MP4',
	providers,
}) {}
