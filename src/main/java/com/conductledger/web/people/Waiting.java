package com.conductledger.web.people;

import java.time.LocalDateTime;

import com.conductledger.people.EvaluationView;

/** An evaluation not yet acknowledged and how long it has waited (whole days, and as the page says it). */
public record Waiting(EvaluationView evaluation, long days, String waited) {

	static Waiting of(EvaluationView evaluation, LocalDateTime now) {
		return new Waiting(evaluation, evaluation.waitingDays(now), evaluation.waitingFor(now));
	}

}
