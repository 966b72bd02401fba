/** Filesystem errors in words, without the stack trace or the absolute path Node puts in them. */
const WORDS: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	ELOOP: 'symbolic link loop',
	ENOENT: 'no such file or folder',
	ENOTDIR: 'a part of the path is not a folder',
	ENAMETOOLONG: 'name too long',
	EISDIR: 'is a folder',
	EMFILE: 'too many open files',
	EIO: 'input/output error',
	ENXIO: 'no such device'
};

/** `permission denied (EACCES)` for a Node filesystem error; the message for anything else. */
export function describeFsError(e: unknown): string {
	const code = (e as NodeJS.ErrnoException | null)?.code;
	if (code) return `${Object.hasOwn(WORDS, code) ? WORDS[code] : 'cannot read'} (${code})`;
	return e instanceof Error ? e.message : String(e);
}
