package com.conductledger.web.periods;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.conductledger.explain.Labels;
import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Tier;

/** The names of the tiers and categories, by code, for the pages' filters and figures: the same names as the PDF and the workbook. */
public record LabelsView(Map<String, String> tiers, Map<String, String> categories) {

	/** The one set, given to every page by the layout. */
	public static final LabelsView ALL = of();

	private static LabelsView of() {
		Map<String, String> tiers = new LinkedHashMap<>();
		for (Tier tier : new Tier[] { Tier.REWARD, Tier.STANDARD, Tier.WARNING, Tier.NOT_EVALUATED }) {
			tiers.put(tier.name(), Labels.tier(tier).toString());
		}
		Map<String, String> categories = new LinkedHashMap<>();
		for (Category category : Category.values()) {
			categories.put(category.name(), Labels.category(category).toString());
		}
		return new LabelsView(Collections.unmodifiableMap(tiers), Collections.unmodifiableMap(categories));
	}

}
