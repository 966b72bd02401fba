import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The whole site is plain files: any web server or an intranet share can host it.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { relative: true },
		// Drill-down sections (#reason-drill, #cred-drill, …) exist only when the URL's query selects
		// something; the prerenderer follows their links without the query and would miss the ids.
		prerender: { handleMissingId: 'ignore' }
	}
};

export default config;
