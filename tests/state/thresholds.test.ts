import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/lib/model/thresholds.ts';
import { thresholdParams, thresholdsFromParams } from '../../src/lib/state/thresholds.ts';

describe('thresholdsFromParams', () => {
	it('falls back to 90 % and 60 % from rules.ts', () => {
		expect(thresholdsFromParams(null, null)).toEqual({ watch: '0.9', attention: '0.6' });
	});

	it('reads 87.5 as the exact fraction 0.875', () => {
		expect(thresholdsFromParams('87.5', '50').watch).toBe('0.875');
	});

	it('ignores values that are not percentages', () => {
		expect(thresholdsFromParams('1e3', '-5')).toEqual(DEFAULT_THRESHOLDS);
		expect(thresholdsFromParams('120', "0' OR 1")).toEqual(DEFAULT_THRESHOLDS);
	});

	it('lowers an attention level above the watch level to it', () => {
		expect(thresholdsFromParams('70', '80')).toEqual({ watch: '0.7', attention: '0.7' });
	});
});

describe('thresholdParams', () => {
	it('leaves defaults out of the URL', () => {
		expect(thresholdParams(DEFAULT_THRESHOLDS)).toEqual({ watch: null, attention: null });
	});

	it('writes changed thresholds as percentages', () => {
		expect(thresholdParams({ watch: '0.95', attention: '0.6' })).toEqual({
			watch: '95',
			attention: null
		});
	});
});
