package com.conductledger.scoring.rules;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of rule the engine knows (rules.md 2-5); their numbers live in the schedule. QA codes are {@code QA-Cnn}. */
public enum RuleId {

	ATT_ABSENT("ATT-ABSENT"), ATT_LATE("ATT-LATE"), ATT_HANDOVER_LATE("ATT-HANDOVER-LATE"),
	ATT_EARLY_LEAVE("ATT-EARLY-LEAVE"), LV_SICK_CERT_LATE("LV-SICK-CERT-LATE"), SW_EXCESS("SW-EXCESS"),
	SW_LATE_REQUEST("SW-LATE-REQUEST"), SW_HOLIDAY("SW-HOLIDAY"), SW_JOB_MISMATCH("SW-JOB-MISMATCH"),
	SW_CONSECUTIVE("SW-CONSECUTIVE"), SW_BACK_TO_BACK("SW-BACK-TO-BACK"), SW_IMPROPER_APPROVAL("SW-IMPROPER-APPROVAL"),
	SW_PRIVATE_COVER("SW-PRIVATE-COVER"), BR_OVERTIME("BR-OVERTIME"), BR_UNAPPROVED("BR-UNAPPROVED"),
	BR_CONCURRENT("BR-CONCURRENT");

	private final String id;

	RuleId(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<RuleId> of(String id) {
		return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
	}

}
