package com.conductledger.ingest.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.store.FactRow;
import com.conductledger.ingest.store.FactTable;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.QaItem;

/**
 * A row of a QA evaluation workbook: the form's item scores (all blank: a floor observation) and
 * the conduct codes of Art. 46(3) seen on the call, separated by {@code ;} or {@code ,}. The
 * evaluated agent must be in agents.csv; the evaluator, a QA inspector, need not be.
 */
final class EvaluationRowParser extends RowParser {

	private static final Pattern CODE = Pattern.compile("C(\\d{1,2})");

	private static final Pattern SEPARATORS = Pattern.compile("[;,；，\\s]+");

	private final PenaltySchedule schedule;

	EvaluationRowParser(KnownPeople people, PenaltySchedule schedule) {
		super(InputKind.EVALUATIONS, people);
		this.schedule = schedule;
	}

	@Override
	public List<String> requiredColumns() {
		List<String> columns = new ArrayList<>(InputKind.EVALUATIONS.columns());
		schedule.qaForm().forEach(item -> columns.add(item.name()));
		columns.add("violations");
		columns.add("comment");
		return columns;
	}

	@Override
	String dateColumn() {
		return "call_date";
	}

	@Override
	List<FactRow> read(RowCells cells, RawRow row) {
		String evaluationId = cells.text("evaluation_id");
		List<FactRow> scores = itemScores(cells, evaluationId);
		List<FactRow> codes = conductCodes(cells, evaluationId);
		boolean floorObservation = scores.isEmpty();
		if (floorObservation && codes.isEmpty() && !cells.hasProblems()) {
			cells.reject("violations", "a row with no item scores is a floor observation and needs a conduct code");
		}
		List<FactRow> rows = one(FactTable.QA_EVALUATION, values("evaluation_id", evaluationId, "call_date",
				cells.date("call_date"), "agent_id", person(cells, "agent_id", true), "call_id",
				cells.optional("call_id"), "evaluator_id", evaluator(cells), "floor_observation", floorObservation,
				"comment_text", cells.optional("comment"), "source_sheet", row.sheet()));
		rows.addAll(scores);
		rows.addAll(codes);
		return rows;
	}

	/**
	 * The QA inspector (质检员) who scored the call: required, but not a person of agents.csv, as QA
	 * staff are usually not rostered; never the evaluated agent (formats.md).
	 */
	private static String evaluator(RowCells cells) {
		String evaluator = cells.text("evaluator_id");
		String agent = cells.optional("agent_id");
		if (evaluator != null && agent != null && evaluator.equalsIgnoreCase(agent)) {
			cells.reject("evaluator_id", "is the evaluated agent: a self-evaluation is not taken");
			return null;
		}
		return evaluator;
	}

	private List<FactRow> itemScores(RowCells cells, String evaluationId) {
		List<FactRow> scores = new ArrayList<>();
		List<QaItem> blank = new ArrayList<>();
		for (QaItem item : schedule.qaForm()) {
			BigDecimal score = cells.optionalNumber(item.name());
			if (cells.isBlank(item.name())) {
				blank.add(item);
			}
			else if (score != null && (score.signum() < 0 || score.compareTo(item.maximum()) > 0)) {
				cells.reject(item.name(), "must be from 0 to " + item.maximum().toPlainString() + " (the form's maximum)");
			}
			else if (score != null) {
				scores.add(new FactRow(FactTable.QA_ITEM_SCORE, values("evaluation_id", evaluationId, "item",
						item.name(), "score", score)));
			}
		}
		if (!blank.isEmpty() && blank.size() < schedule.qaForm().size()) {
			blank.forEach(item -> cells.reject(item.name(),
					"is blank while other items are scored: score every item, or none for a floor observation"));
		}
		return blank.size() == schedule.qaForm().size() ? List.of() : scores;
	}

	private List<FactRow> conductCodes(RowCells cells, String evaluationId) {
		String violations = cells.optional("violations");
		List<FactRow> codes = new ArrayList<>();
		if (violations == null) {
			return codes;
		}
		for (String token : SEPARATORS.split(violations.trim())) {
			String code = normalise(token);
			if (code == null || !schedule.isConductCode(code)) {
				cells.reject("violations", "unknown conduct code '" + token + "' (expected C01-C18)");
			}
			else {
				codes.add(new FactRow(FactTable.QA_CONDUCT_CODE,
						values("evaluation_id", evaluationId, "position", codes.size() + 1, "code", code)));
			}
		}
		return codes;
	}

	private static String normalise(String token) {
		Matcher matcher = CODE.matcher(token.toUpperCase(Locale.ROOT));
		return matcher.matches() ? String.format(Locale.ROOT, "C%02d", Integer.parseInt(matcher.group(1))) : null;
	}

}
