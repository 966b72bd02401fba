/**
 * Characters PDF text layers give for ideographs: Kangxi radicals (`⼈` U+2F08 for 人), CJK
 * radicals-supplement forms of simplified characters (`⻚` U+2EDA for 页) and CJK compatibility
 * ideographs. They look the same and compare different, so each is folded to its unified
 * ideograph, character by character (NFKC on the whole text would also fold the Chinese
 * punctuation the record keeps, record.md).
 */

/** Radicals-supplement forms NFKC leaves alone, that stand for a whole simplified character. */
const SUPPLEMENT: Record<string, string> = {
	'\u2e8c': '小',
	'\u2e93': '幺',
	'\u2e97': '心',
	'\u2e9d': '月',
	'\u2ea0': '民',
	'\u2ea9': '王',
	'\u2ebc': '月',
	'\u2ec1': '虎',
	'\u2ec4': '西',
	'\u2ec5': '见',
	'\u2ec6': '角',
	'\u2ec9': '贝',
	'\u2ecb': '车',
	'\u2ed1': '長',
	'\u2ed3': '长',
	'\u2ed4': '门',
	'\u2ed7': '雨',
	'\u2ed8': '青',
	'\u2ed9': '韦',
	'\u2eda': '页',
	'\u2edb': '风',
	'\u2edc': '飞',
	'\u2edd': '食',
	'\u2ee1': '首',
	'\u2ee2': '马',
	'\u2ee3': '骨',
	'\u2ee4': '鬼',
	'\u2ee5': '鱼',
	'\u2ee6': '鸟',
	'\u2ee7': '卤',
	'\u2ee8': '麦',
	'\u2ee9': '黄',
	'\u2eea': '黾',
	'\u2eec': '齐',
	'\u2eee': '齿',
	'\u2ef0': '龙',
	'\u2ef3': '龟'
};

const FOLDED = /[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/gu;

/** Folds radicals and compatibility ideographs in `text`; other characters stay as they are. */
export function foldGlyphs(text: string): string {
	return text.replace(FOLDED, (ch) => SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}
