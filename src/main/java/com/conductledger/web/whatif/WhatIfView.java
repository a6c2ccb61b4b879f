package com.conductledger.web.whatif;

import java.math.BigDecimal;
import java.util.List;

import com.conductledger.schedule.VersionName;
import com.conductledger.whatif.RuleTotals;
import com.conductledger.whatif.WhatIfResult;
import com.conductledger.whatif.WhatIfRow;

/** The what-if as the API answers it: the totals first, then each rule and each person whose row moves. */
record WhatIfView(String period, VersionName inForce, String proposalSha256, int people, int peopleAffected,
		long pointsChanged, long tierChanges, BigDecimal moneyMoved, BigDecimal netChange, long millis,
		List<RuleTotals> rules, List<WhatIfRow> rows) {

	static WhatIfView of(WhatIfResult result) {
		return new WhatIfView(result.period(), result.inForce(), result.proposalSha256(), result.people(),
				result.peopleAffected(), result.pointsChanged(), result.tierChanges(), result.moneyMoved(),
				result.netChange(), result.millis(), result.rules(), result.rows());
	}

}
