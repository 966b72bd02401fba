/**
 * Memory of the browser's renderer processes, read from /proc (Linux): the page and its
 * workers (DuckDB's included) live in one renderer process. Chromium is a child of this Node
 * process, so its renderers are found by walking /proc for descendants of ours.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
	pid: number;
	ppid: number;
	cmdline: string;
}

function processes(): Proc[] {
	const list: Proc[] = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name in parentheses may hold spaces: the fields follow the last ')'.
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
			list.push({ pid: Number(name), ppid, cmdline });
		} catch {
			// the process ended while we looked
		}
	}
	return list;
}

function statusKb(pid: number, field: string): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
	return match ? Number(match[1]) : 0;
}

export interface RendererMemory {
	/** resident now, MB, of the largest renderer (the page's) */
	rss: number;
	/** its peak resident size (VmHWM), MB */
	peak: number;
}

/** The largest renderer process under this Node process (null where /proc is missing). */
export function rendererMemory(): RendererMemory | null {
	let list: Proc[];
	try {
		list = processes();
	} catch {
		return null;
	}
	const ours = new Set([process.pid]);
	// Parents come before children often but not always: repeat until nothing is added.
	for (let grew = true; grew;) {
		grew = false;
		for (const p of list) {
			if (!ours.has(p.pid) && ours.has(p.ppid)) {
				ours.add(p.pid);
				grew = true;
			}
		}
	}
	let best: RendererMemory | null = null;
	for (const p of list) {
		if (!ours.has(p.pid) || !p.cmdline.includes('--type=renderer')) continue;
		try {
			const rss = statusKb(p.pid, 'VmRSS') / 1024;
			if (!best || rss > best.rss) best = { rss, peak: statusKb(p.pid, 'VmHWM') / 1024 };
		} catch {
			// ended meanwhile
		}
	}
	return best;
}
