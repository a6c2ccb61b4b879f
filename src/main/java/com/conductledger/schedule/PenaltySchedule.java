package com.conductledger.schedule;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.conductledger.period.CutoffDay;

/** The penalty schedule in force: every number of rules.md, as the centre configured it. */
public record PenaltySchedule(ZoneId zone, CutoffDay cutoffDay, String currency, BigDecimal amountPerPoint,
		Thresholds thresholds, Map<String, RuleDefinition> rules, List<QaItem> qaForm,
		Map<String, ConductCode> conductCodes, ScorecardTiers tiers, DisputeLimits disputes) {

	public PenaltySchedule {
		rules = Map.copyOf(rules);
		qaForm = List.copyOf(qaForm);
		conductCodes = Map.copyOf(conductCodes);
	}

	public Optional<QaItem> qaItem(String name) {
		return qaForm.stream().filter(item -> item.name().equals(name)).findFirst();
	}

	public boolean isConductCode(String code) {
		return conductCodes.containsKey(code);
	}

}
