/**
 * Bringing files onto the 导入 page as a person does: dropped from the file manager (the files'
 * bytes in a DataTransfer, or a real folder dragged through the DevTools protocol, which gives
 * the page the same directory entries a drag from the desktop does), then read in its worker.
 */
import type { Page } from 'playwright-core';

export interface DroppedFile {
	name: string;
	bytes: Uint8Array;
}

/** Drops the files on the page's drop zone, as a drag from the file manager does. */
export async function drop(page: Page, files: DroppedFile[]): Promise<void> {
	await page.locator('.drop[data-live="true"]').waitFor();
	const payload = files.map((f) => ({
		name: f.name,
		b64: Buffer.from(f.bytes).toString('base64')
	}));
	await page.evaluate((list) => {
		const transfer = new DataTransfer();
		for (const f of list)
			transfer.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
		document
			.querySelector('.drop')!
			.dispatchEvent(
				new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
			);
	}, payload);
}

/**
 * Drags paths on disk (folders too) onto the drop zone through Chromium's own drag and drop
 * (Input.dispatchDragEvent): the page gets directory entries to walk, as from the desktop.
 */
export async function dragPaths(page: Page, paths: string[]): Promise<void> {
	const zone = page.locator('.drop[data-live="true"]');
	await zone.waitFor();
	const box = (await zone.boundingBox())!;
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	const cdp = await page.context().newCDPSession(page);
	const data = { items: [], files: paths, dragOperationsMask: 1 };
	for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
		await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
	await cdp.detach();
}

/** Waits until the file `name` is read; its line in the result list. */
export async function waitRead(page: Page, name: string): Promise<string> {
	const item = page.locator(`li[data-file="${name}"]`);
	await item.locator('[data-status="done"]').waitFor({ timeout: 120_000 });
	return item.innerText();
}
