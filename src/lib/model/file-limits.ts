/** What files are read at all: the size limits, checked before a file's bytes are read. */

/** Files larger than this are refused before they are read (bytes). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The error for a file too large (or empty) to read, or null; checked before reading its bytes. */
export function sizeProblem(file: string, size: number): string | null {
	if (size === 0) return `${file}: 空文件（0 字节），没有可读的内容`;
	if (size > MAX_FILE_BYTES)
		return `${file}: 文件过大（${megabytes(size)}，上限 ${megabytes(MAX_FILE_BYTES)}），未读取；请拆分后再导入`;
	return null;
}
