package com.conductledger.people;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.conductledger.people.AcknowledgementRefused.Kind;

/**
 * The evaluations of the persons in a scope, and their acknowledgement by the evaluated agent:
 * once, with the time and the user, kept in {@code evaluation_acknowledgement} under the
 * evaluation's id from the QA workbook (which a workbook ingested again keeps). An evaluation
 * outside the caller's scope is not found; one in scope but of someone else is refused.
 */
@Service
public class Acknowledgements {

	private static final String EVALUATIONS = "select e.evaluation_id, e.agent_id, p.name, e.call_date, e.call_id, "
			+ "e.evaluator_id, e.floor_observation, e.comment_text, f.received_at, a.acknowledged_at, a.acknowledged_by "
			+ "from qa_evaluation e join source_file f on f.id = e.source_file_id "
			+ "left join person p on p.agent_id = e.agent_id "
			+ "left join evaluation_acknowledgement a on a.evaluation_id = e.evaluation_id ";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final ScopeService scopes;

	private final Clock clock;

	Acknowledgements(JdbcTemplate jdbc, ScopeService scopes, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.scopes = scopes;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	public LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

	/** The evaluation if it is in the caller's scope; otherwise (or when there is none) not found. */
	public EvaluationView evaluation(Authentication caller, String evaluationId) {
		EvaluationView evaluation = find(evaluationId)
			.orElseThrow(() -> notFound(evaluationId));
		if (!scopes.includes(caller, evaluation.personId())) {
			throw notFound(evaluationId);
		}
		return evaluation;
	}

	/**
	 * Acknowledges the evaluation for the agent it evaluates. Outside the caller's scope (or
	 * unknown): {@link OutOfScope}; in scope but another's: {@link Kind#NOT_THE_AGENT}; a second
	 * time: {@link Kind#ALREADY}, naming when it was.
	 */
	@Transactional
	public Acknowledgement acknowledge(Authentication caller, String evaluationId) {
		EvaluationView evaluation = evaluation(caller, evaluationId);
		String me = scopes.personOf(caller).orElse(null);
		if (!evaluation.personId().equals(me)) {
			throw new AcknowledgementRefused(Kind.NOT_THE_AGENT, "只有被评估的坐席本人可以确认 only the evaluated agent ("
					+ evaluation.personId() + ") acknowledges evaluation " + evaluation.id());
		}
		if (evaluation.acknowledged()) {
			throw already(evaluation.id(), evaluation.acknowledgedAt());
		}
		Acknowledgement acknowledgement = new Acknowledgement(evaluation.id(), me, now().withNano(0), caller.getName());
		try {
			jdbc.update("insert into evaluation_acknowledgement (evaluation_id, person_id, acknowledged_at, acknowledged_by) "
					+ "values (?, ?, ?, ?)", acknowledgement.evaluationId(), acknowledgement.personId(),
					Timestamp.valueOf(acknowledgement.acknowledgedAt()), acknowledgement.acknowledgedBy());
		}
		catch (DuplicateKeyException ex) {
			throw already(evaluation.id(), find(evaluation.id()).map(EvaluationView::acknowledgedAt).orElse(null));
		}
		return acknowledgement;
	}

	/** The evaluations of these persons, newest call first; {@code unacknowledgedOnly} leaves out the acknowledged. */
	public List<EvaluationView> of(Collection<String> personIds, boolean unacknowledgedOnly) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		List<Row> rows = named.query(EVALUATIONS + "where e.agent_id in (:people)"
				+ (unacknowledgedOnly ? " and a.evaluation_id is null" : "") + " order by e.call_date desc, e.evaluation_id",
				new MapSqlParameterSource("people", personIds), (rs, n) -> Row.of(rs));
		return withDetails(rows);
	}

	private Optional<EvaluationView> find(String evaluationId) {
		if (evaluationId == null || evaluationId.length() > 40) {
			return Optional.empty();
		}
		List<Row> rows = jdbc.query(EVALUATIONS + "where e.evaluation_id = ?", (rs, n) -> Row.of(rs), evaluationId);
		return withDetails(rows).stream().findFirst();
	}

	private List<EvaluationView> withDetails(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map(Row::id).toList();
		Map<String, Map<String, BigDecimal>> items = new LinkedHashMap<>();
		Map<String, List<String>> codes = new LinkedHashMap<>();
		for (List<String> chunk : chunks(ids)) {
			MapSqlParameterSource params = new MapSqlParameterSource("ids", chunk);
			named.query("select evaluation_id, item, score from qa_item_score where evaluation_id in (:ids) order by item",
					params, rs -> {
						items.computeIfAbsent(rs.getString(1), id -> new LinkedHashMap<>())
							.put(rs.getString(2), rs.getBigDecimal(3));
					});
			named.query("select evaluation_id, code from qa_conduct_code where evaluation_id in (:ids) order by position",
					params, rs -> {
						codes.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
					});
		}
		return rows.stream()
			.map(row -> new EvaluationView(row.id(), row.personId(), row.name(), row.callDate().toLocalDate(),
					row.callId(), row.evaluatorId(), row.floor(), items.getOrDefault(row.id(), Map.of()),
					codes.getOrDefault(row.id(), List.of()), row.comment(), row.arrived().toLocalDateTime(),
					row.acknowledged() == null ? null : row.acknowledged().toLocalDateTime(), row.by()))
			.toList();
	}

	private static List<List<String>> chunks(List<String> ids) {
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += 500) {
			chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
		}
		return chunks;
	}

	private static OutOfScope notFound(String evaluationId) {
		return new OutOfScope("没有此评估 no evaluation '" + evaluationId + "' here");
	}

	private static AcknowledgementRefused already(String evaluationId, LocalDateTime at) {
		return new AcknowledgementRefused(Kind.ALREADY,
				"已确认 evaluation " + evaluationId + " was already acknowledged" + (at == null ? "" : " at " + at));
	}

	private record Row(String id, String personId, String name, java.sql.Date callDate, String callId,
			String evaluatorId, boolean floor, String comment, Timestamp arrived, Timestamp acknowledged, String by) {

		static Row of(java.sql.ResultSet rs) throws java.sql.SQLException {
			return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4), rs.getString(5),
					rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getTimestamp(9), rs.getTimestamp(10),
					rs.getString(11));
		}

	}

}
