package com.conductledger.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scoring.rules.LedgerEntry;

/** Finds what a dispute may be raised against: an entry of a current ledger by its stable id, or an evaluation by its id. */
@Component
class Subjects {

	private final LedgerStore ledger;

	private final JdbcTemplate jdbc;

	private final PenaltySchedule schedule;

	Subjects(LedgerStore ledger, JdbcTemplate jdbc, PenaltySchedule schedule) {
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.schedule = schedule;
	}

	Optional<Subject> entry(String id) {
		return ledger.findCurrent(id).map(stored -> {
			LedgerEntry entry = stored.entry();
			String evaluator = entry.ruleId().startsWith("QA-") ? evaluatorOfConduct(entry) : null;
			return new Subject(Subject.Kind.ENTRY, id, stored.period(), entry.personId(), entry.ruleId(), entry.article(),
					entry.date(), entry.shift() == null ? null : entry.shift().name(), entry.points(),
					String.join(LedgerStore.REASON_SEPARATOR, entry.reasons()), entry.source().file(), entry.source().sheet(),
					entry.source().row(), stored.originalPeriod(), evaluator);
		});
	}

	Optional<Subject> evaluation(String id) {
		return jdbc.query("select evaluation_id, call_date, agent_id, evaluator_id from qa_evaluation where evaluation_id = ?",
				(rs, i) -> new Subject(Subject.Kind.EVALUATION, rs.getString(1),
						Period.containing(rs.getObject(2, LocalDate.class), schedule.cutoffDay()).name(),
						rs.getString(3), null, null, rs.getObject(2, LocalDate.class), null, null, null, null, null,
						null, null, rs.getString(4)),
				id).stream().findFirst();
	}

	/** The evaluation's item scores as the workbook gave them. */
	Map<String, BigDecimal> itemScores(String evaluationId) {
		Map<String, BigDecimal> scores = new TreeMap<>();
		jdbc.query("select item, score from qa_item_score where evaluation_id = ?", rs -> {
			scores.put(rs.getString(1), rs.getBigDecimal(2));
		}, evaluationId);
		return scores;
	}

	boolean floorObservation(String evaluationId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select floor_observation from qa_evaluation where evaluation_id = ?",
				Boolean.class, evaluationId));
	}

	/** The inspector of the evaluation a conduct entry comes from: the evaluation of the entry's source row. */
	private String evaluatorOfConduct(LedgerEntry entry) {
		return jdbc.queryForList("select e.evaluator_id from qa_evaluation e join source_file f on f.id = e.source_file_id "
				+ "where f.file_name = ? and e.source_row = ? and e.agent_id = ? and e.call_date = ?", String.class,
				entry.source().file(), entry.source().row(), entry.personId(), entry.date()).stream().findFirst().orElse(null);
	}

}
