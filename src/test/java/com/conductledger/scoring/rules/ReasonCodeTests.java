package com.conductledger.scoring.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reasons' texts are written and read back by one template each. */
class ReasonCodeTests {

	@Test
	void noTemplateHoldsTheSeparatorOfAStoredEntrysReasons() {
		assertThat(ReasonCode.values()).allSatisfy(code -> assertThat(code.format(dummyFacts(code))).doesNotContain("; "));
	}

	@Test
	void aReasonIsReadBackAsItsCodeAndFactsEvenWhenAFactIsSeveralWords() {
		String reason = ReasonCode.NO_SHOW.format("repayment shift", "11-10 22:00", "11-11 06:00");

		assertThat(ReasonCode.read("ATT-ABSENT", reason)).contains(new ReasonCode.Read(ReasonCode.NO_SHOW,
				Map.of("duty", "repayment shift", "start", "11-10 22:00", "end", "11-11 06:00")));
		assertThat(ReasonCode.NO_SHOW.article(Map.of("duty", "repayment shift"))).isEqualTo("34");
	}

	@Test
	void aBareCodeOfAnOldLedgerIsReadAsItsCodeWithoutFacts() {
		assertThat(ReasonCode.read("ATT-ABSENT", "LEAVE_BY_PROXY"))
			.contains(new ReasonCode.Read(ReasonCode.LEAVE_BY_PROXY, Map.of()));
		assertThat(ReasonCode.read("SW-HOLIDAY", "swap or repayment on a public holiday")).isEmpty();
		assertThat(ReasonCode.read("ATT-LATE", "LEAVE_BY_PROXY")).isEmpty();
	}

	@Test
	void theArticlesOfAnAbsenceAreThoseOfItsReasonsInOrderAndEachOnce() {
		assertThat(ReasonCode.articles("ATT-ABSENT", List.of("LEAVE_NOT_IN_ADVANCE", "LEAVE_NOT_APPROVED", "LEAVE_BY_PROXY",
				"PRIVATE_SWAP"), "26, 29, 30, 31, 34, 36, 37")).isEqualTo("26, 27, 28, 36");
		assertThat(ReasonCode.articles("ATT-ABSENT", List.of("something else"), "26, 29")).isEqualTo("26, 29");
	}

	private static Object[] dummyFacts(ReasonCode code) {
		for (int n = 0;; n++) {
			try {
				Object[] facts = new Object[n];
				Arrays.fill(facts, "x");
				code.format(facts);
				return facts;
			}
			catch (IllegalArgumentException wrongCount) {
				// one fact more
			}
		}
	}

}
