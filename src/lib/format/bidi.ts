/**
 * Bidirectional control characters (U+202A–U+202E embeddings and overrides, U+2066–U+2069
 * isolates, U+200E/U+200F/U+061C marks) reorder the text around them: `‮gnp.txt` shows as
 * `txt.png`, a project name reverses its neighbours. Names never need them.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** True when the text holds a bidirectional control character. */
export function hasBidiControls(text: string): boolean {
	return text.search(BIDI_CONTROLS) >= 0;
}

/** The text without its bidirectional control characters. */
export function stripBidiControls(text: string): string {
	return text.replace(BIDI_CONTROLS, '');
}

/** The text with each bidirectional control written out visibly (`[U+202E]gnp.txt`): for file names, which must stay recognisable. */
export function showBidiControls(text: string): string {
	return text.replace(
		BIDI_CONTROLS,
		(c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`
	);
}
