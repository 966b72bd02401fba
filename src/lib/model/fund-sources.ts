/** What each funds row of a form is called, in the words of the standard template. */
import type { FundSource } from './form.ts';

export const FUND_SOURCE_LABELS: Readonly<Record<FundSource, string>> = {
	total: '年度资金总额',
	appropriation: '当年财政拨款',
	carryover: '上年结转资金',
	special_account: '财政专户管理资金',
	unit_funds: '单位资金',
	other: '其他资金',
	central: '上级补助资金',
	local: '地方资金'
};
