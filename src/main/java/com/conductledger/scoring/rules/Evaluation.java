package com.conductledger.scoring.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A row of a QA workbook: item scores (none for a floor observation) and the conduct codes seen. */
public record Evaluation(String evaluationId, LocalDate callDate, String agentId, String evaluatorId,
		Map<String, BigDecimal> itemScores, List<String> conductCodes, Source source) {

	public Evaluation {
		itemScores = Map.copyOf(itemScores);
		conductCodes = List.copyOf(conductCodes);
	}

	public boolean floorObservation() {
		return itemScores.isEmpty();
	}

}
