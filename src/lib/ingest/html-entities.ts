/** HTML character references → characters: numeric ones and the named ones forms use. */

const NAMED: Record<string, string> = {
	nbsp: ' ',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	ge: '≥',
	le: '≤',
	mdash: '—',
	ndash: '–',
	hellip: '…',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	middot: '·',
	times: '×',
	divide: '÷',
	yen: '¥',
	permil: '‰',
	plusmn: '±',
	deg: '°',
	star: '☆',
	starf: '★',
	bull: '•',
	emsp: ' ',
	ensp: ' ',
	thinsp: ' '
};

/** Replaces `&name;`, `&#NNN;` and `&#xHH;`; unknown names stay as written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
		}
		return NAMED[ref.toLowerCase()] ?? whole;
	});
}
