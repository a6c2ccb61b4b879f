package com.conductledger.people;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long an evaluation has waited for its acknowledgement, as the team lead's page says it. */
class EvaluationViewTests {

	private static final LocalDateTime ARRIVED = LocalDateTime.of(2026, 11, 5, 8, 0);

	@Test
	void theWaitIsCountedFromTheArrivalToNowOrToTheAcknowledgement() {
		assertThat(waiting(null).waitingFor(ARRIVED.plusMinutes(20))).isEqualTo("不到 1 小时 under 1 h");
		assertThat(waiting(null).waitingFor(ARRIVED.plusHours(5))).isEqualTo("5 小时 h");
		assertThat(waiting(null).waitingFor(ARRIVED.plusDays(3).plusHours(4))).isEqualTo("3 天 days 4 小时 h");
		assertThat(waiting(null).waitingDays(ARRIVED.plusDays(3).plusHours(4))).isEqualTo(3);
		assertThat(waiting(ARRIVED.plusDays(1)).waitingFor(ARRIVED.plusDays(9))).isEqualTo("1 天 days 0 小时 h");
		assertThat(waiting(null).waitingDays(ARRIVED.minusDays(1))).isZero();
	}

	private static EvaluationView waiting(LocalDateTime acknowledgedAt) {
		return new EvaluationView("E-1", "A0001", "王玲", LocalDate.of(2026, 11, 4), "CALL-1", "Q01", false, Map.of(),
				List.of(), null, ARRIVED, acknowledgedAt, acknowledgedAt == null ? null : "a0001");
	}

}
