// A static site: every page is prerendered; DuckDB-WASM only ever runs in the browser.
export const prerender = true;
export const ssr = true;
export const trailingSlash = 'always';
