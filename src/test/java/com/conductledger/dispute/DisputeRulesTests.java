package com.conductledger.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.conductledger.schedule.QaItem;
import com.conductledger.security.LedgerRole;

import static org.assertj.core.api.Assertions.assertThat;

class DisputeRulesTests {

	private static final Optional<String> LEAD_L01 = Optional.of("L01");

	private static final Map<String, QaItem> FORM = Map.of("accuracy", new QaItem("accuracy", BigDecimal.valueOf(30)),
			"courtesy", new QaItem("courtesy", BigDecimal.valueOf(20)));

	static Subject late(String person) {
		return new Subject(Subject.Kind.ENTRY, "k1", "2026-11", person, "ATT-LATE", "38", LocalDate.of(2026, 11, 3), "MORNING",
				2, "late", "attendance.csv", null, 5, null, null);
	}

	static Subject evaluation(String person, String evaluator) {
		return new Subject(Subject.Kind.EVALUATION, "EV-1", "2026-11", person, null, null, LocalDate.of(2026, 11, 3), null,
				null, null, null, null, null, null, evaluator);
	}

	static Actor actor(String name, String person, LedgerRole... roles) {
		return new Actor(name, person, Set.of(roles));
	}

	@Test
	void anAgentSeesOnlyTheirOwnDisputes() {
		assertThat(DisputeRules.sees(actor("a1", "A0001", LedgerRole.AGENT), late("A0001"), LEAD_L01)).isTrue();
		assertThat(DisputeRules.sees(actor("a2", "A0002", LedgerRole.AGENT), late("A0001"), LEAD_L01)).isFalse();
	}

	@Test
	void aTeamLeadSeesTheirTeamsDisputesOnly() {
		assertThat(DisputeRules.sees(actor("l1", "L01", LedgerRole.TEAM_LEAD), late("A0001"), LEAD_L01)).isTrue();
		assertThat(DisputeRules.sees(actor("l2", "L02", LedgerRole.TEAM_LEAD), late("A0001"), LEAD_L01)).isFalse();
	}

	@Test
	void qaSeesQaDisputesOfEverybodyButNotAttendance() {
		Actor qa = actor("q", null, LedgerRole.QA);
		assertThat(DisputeRules.sees(qa, evaluation("A0001", "Q01"), LEAD_L01)).isTrue();
		assertThat(DisputeRules.sees(qa, late("A0001"), LEAD_L01)).isFalse();
	}

	@Test
	void aManagerResolvesAnyDisputeButNeverOneAboutThemself() {
		assertThat(DisputeRules.resolveProblem(actor("m", null, LedgerRole.MANAGER), late("A0001"), LEAD_L01)).isEmpty();
		assertThat(DisputeRules.resolveProblem(actor("m", "A0001", LedgerRole.MANAGER), late("A0001"), LEAD_L01))
			.hasValueSatisfying(problem -> assertThat(problem).contains("own"));
	}

	@Test
	void aTeamLeadResolvesTheTeamsAttendanceButNotItsQaDisputes() {
		Actor lead = actor("l1", "L01", LedgerRole.TEAM_LEAD);
		assertThat(DisputeRules.resolveProblem(lead, late("A0001"), LEAD_L01)).isEmpty();
		assertThat(DisputeRules.resolveProblem(lead, evaluation("A0001", "Q01"), LEAD_L01)).isPresent();
		assertThat(DisputeRules.resolveProblem(actor("l2", "L02", LedgerRole.TEAM_LEAD), late("A0001"), LEAD_L01)).isPresent();
	}

	@Test
	void aQaInspectorNeverResolvesADisputeOfAnEvaluationTheyScored() {
		assertThat(DisputeRules.resolveProblem(actor("q01", null, LedgerRole.QA), evaluation("A0001", "Q01"), LEAD_L01))
			.hasValueSatisfying(problem -> assertThat(problem).contains("Q01"));
		assertThat(DisputeRules.resolveProblem(actor("q02", null, LedgerRole.QA), evaluation("A0001", "Q01"), LEAD_L01)).isEmpty();
	}

	@Test
	void anAgentResolvesNothing() {
		assertThat(DisputeRules.resolveProblem(actor("a2", "A0002", LedgerRole.AGENT), late("A0001"), LEAD_L01)).isPresent();
	}

	@Test
	void aReasonHasOneToTwoThousandCharacters() {
		assertThat(DisputeRules.reasonProblem("", "reason")).isPresent();
		assertThat(DisputeRules.reasonProblem("   ", "reason")).isPresent();
		assertThat(DisputeRules.reasonProblem("x", "reason")).isEmpty();
		assertThat(DisputeRules.reasonProblem("x".repeat(2000), "reason")).isEmpty();
		assertThat(DisputeRules.reasonProblem("x".repeat(2001), "reason")).hasValueSatisfying(
				problem -> assertThat(problem).contains("2001").contains("2000"));
	}

	@Test
	void theWindowClosesTheGivenDaysAfterTheFirstScoring() {
		LocalDateTime seen = LocalDateTime.of(2026, 11, 10, 1, 30);
		assertThat(DisputeRules.windowProblem(seen, seen.plusDays(7), 7)).isEmpty();
		assertThat(DisputeRules.windowProblem(seen, seen.plusDays(7).plusMinutes(1), 7))
			.hasValueSatisfying(problem -> assertThat(problem).contains("2026-11-17"));
	}

	@Test
	void theLimitCountsOpenAndResolvedDisputes() {
		assertThat(DisputeRules.limitProblem(9, 10, "2026-11")).isEmpty();
		assertThat(DisputeRules.limitProblem(10, 10, "2026-11")).hasValueSatisfying(problem -> assertThat(problem).contains("10"));
	}

	@Test
	void aResolutionNeedsANoteAndAnOutcomeThatFitsItsSubject() {
		Subject entry = late("A0001");
		assertThat(DisputeRules.resolutionProblem(entry, DisputeState.WAIVED, "", null, Map.of(), FORM, false)).isPresent();
		assertThat(DisputeRules.resolutionProblem(entry, DisputeState.WAIVED, "ok", null, Map.of(), FORM, false)).isEmpty();
		assertThat(DisputeRules.resolutionProblem(entry, DisputeState.OPEN, "ok", null, Map.of(), FORM, false)).isPresent();
		assertThat(DisputeRules.resolutionProblem(entry, DisputeState.WITHDRAWN, "ok", null, Map.of(), FORM, false)).isPresent();
		assertThat(DisputeRules.resolutionProblem(entry, DisputeState.RESCORED, "ok", null, Map.of(), FORM, false)).isPresent();
		assertThat(DisputeRules.resolutionProblem(entry, DisputeState.REDUCED, "ok", 1, Map.of(), FORM, false)).isEmpty();
		assertThat(DisputeRules.resolutionProblem(entry, DisputeState.REDUCED, "ok", 2, Map.of(), FORM, false)).isPresent();
		assertThat(DisputeRules.resolutionProblem(entry, DisputeState.REDUCED, "ok", -1, Map.of(), FORM, false)).isPresent();
		assertThat(DisputeRules.resolutionProblem(entry, DisputeState.REDUCED, "ok", null, Map.of(), FORM, false)).isPresent();
		Subject evaluation = evaluation("A0001", "Q01");
		assertThat(DisputeRules.resolutionProblem(evaluation, DisputeState.WAIVED, "ok", null, Map.of(), FORM, false)).isPresent();
		assertThat(DisputeRules.resolutionProblem(evaluation, DisputeState.RESCORED, "ok", null,
				Map.of("accuracy", BigDecimal.valueOf(28)), FORM, false)).isEmpty();
		assertThat(DisputeRules.resolutionProblem(evaluation, DisputeState.RESCORED, "ok", null,
				Map.of("accuracy", BigDecimal.valueOf(31)), FORM, false)).hasValueSatisfying(p -> assertThat(p).contains("30"));
		assertThat(DisputeRules.resolutionProblem(evaluation, DisputeState.RESCORED, "ok", null,
				Map.of("speed", BigDecimal.ONE), FORM, false)).hasValueSatisfying(p -> assertThat(p).contains("speed"));
		assertThat(DisputeRules.resolutionProblem(evaluation, DisputeState.RESCORED, "ok", null,
				Map.of("accuracy", BigDecimal.ONE), FORM, true)).isPresent();
	}

}
