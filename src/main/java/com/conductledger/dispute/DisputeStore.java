package com.conductledger.dispute;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Disputes, their evidence, their trail and the rescored item scores in the database; nothing here is ever deleted. */
@Repository
class DisputeStore {

	private static final String COLUMNS = "d.number, d.target_kind, d.target_key, d.period, d.person_id, d.rule_id, "
			+ "d.article, d.entry_date, d.shift_code, d.points, d.entry_reasons, d.source_file, d.source_sheet, "
			+ "d.source_row, d.original_period, d.evaluator_id, d.state, d.reason, d.proposed_items, d.raised_by, "
			+ "d.raised_at, d.resolved_by, d.resolved_at, d.resolution_note, d.resolved_points, d.resolved_items, "
			+ "d.correction_period, (select count(*) from dispute_evidence x where x.dispute_number = d.number) ";

	private static final String SELECT = "select " + COLUMNS + "from dispute d ";

	private final JdbcTemplate jdbc;

	DisputeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Subject subject, String reason, Map<String, BigDecimal> proposed, String raisedBy, LocalDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("insert into dispute (target_kind, target_key, period, "
					+ "person_id, rule_id, article, entry_date, shift_code, points, entry_reasons, source_file, source_sheet, "
					+ "source_row, original_period, evaluator_id, state, reason, proposed_items, raised_by, raised_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
			insert.setString(1, subject.kind().name());
			insert.setString(2, subject.key());
			insert.setString(3, subject.period());
			insert.setString(4, subject.personId());
			insert.setString(5, subject.ruleId());
			insert.setString(6, subject.article());
			insert.setObject(7, subject.date());
			insert.setString(8, subject.shift());
			insert.setObject(9, subject.points());
			insert.setString(10, subject.reasons());
			insert.setString(11, subject.sourceFile());
			insert.setString(12, subject.sourceSheet());
			insert.setObject(13, subject.sourceRow());
			insert.setString(14, subject.originalPeriod());
			insert.setString(15, subject.evaluatorId());
			insert.setString(16, reason);
			insert.setString(17, ItemScores.format(proposed));
			insert.setString(18, raisedBy);
			insert.setObject(19, at);
			return insert;
		}, key);
		return key.getKeyList().get(0).values().stream()
			.filter(Number.class::isInstance)
			.map(value -> ((Number) value).longValue())
			.findFirst()
			.orElseThrow();
	}

	Optional<Dispute> find(long number) {
		return jdbc.query(SELECT + "where d.number = ?", DisputeStore::dispute, number).stream().findFirst();
	}

	List<Dispute> all(Optional<DisputeState> state) {
		return state.map(wanted -> jdbc.query(SELECT + "where d.state = ? order by d.number", DisputeStore::dispute, wanted.name()))
			.orElseGet(() -> jdbc.query(SELECT + "order by d.number", DisputeStore::dispute));
	}

	/** The dispute of this entry or evaluation that is open or resolved (a withdrawn one does not count). */
	Optional<Dispute> standing(Subject.Kind kind, String key) {
		return jdbc.query(SELECT + "where d.target_kind = ? and d.target_key = ? and d.state <> 'WITHDRAWN' order by d.number",
				DisputeStore::dispute, kind.name(), key).stream().findFirst();
	}

	/** The person's open or resolved disputes in the period. */
	int counting(String personId, String period) {
		Integer count = jdbc.queryForObject("select count(*) from dispute where person_id = ? and period = ? "
				+ "and state <> 'WITHDRAWN'", Integer.class, personId, period);
		return count == null ? 0 : count;
	}

	List<Dispute> ofPeriod(String period) {
		return jdbc.query(SELECT + "where d.period = ? or d.correction_period = ? order by d.number", DisputeStore::dispute,
				period, period);
	}

	/** The disputes of this person (for the person page). */
	List<Dispute> ofPerson(String personId) {
		return jdbc.query(SELECT + "where d.person_id = ? order by d.number", DisputeStore::dispute, personId);
	}

	/** Moves an OPEN dispute on; false when it was no longer OPEN (someone else was first). */
	boolean resolve(long number, DisputeState state, Resolution resolution) {
		return jdbc.update("update dispute set state = ?, resolved_by = ?, resolved_at = ?, resolution_note = ?, "
				+ "resolved_points = ?, resolved_items = ?, correction_period = ? where number = ? and state = 'OPEN'",
				state.name(), resolution.by(), resolution.at(), resolution.note(), resolution.points(),
				ItemScores.format(resolution.items()), resolution.correctionPeriod(), number) == 1;
	}

	void action(long number, String action, Actor actor, LocalDateTime at, String before, String after, String note) {
		jdbc.update("insert into dispute_action (dispute_number, action, actor, actor_person_id, acted_at, before_value, "
				+ "after_value, note) values (?, ?, ?, ?, ?, ?, ?, ?)", number, action, actor.username(), actor.personId(), at,
				before, after, note);
	}

	List<TrailAction> trail(long number) {
		return jdbc.query("select action, actor, actor_person_id, acted_at, before_value, after_value, note "
				+ "from dispute_action where dispute_number = ? order by id", (rs, i) -> new TrailAction(rs.getString(1),
						rs.getString(2), rs.getString(3), rs.getObject(4, LocalDateTime.class), rs.getString(5),
						rs.getString(6), rs.getString(7)), number);
	}

	void saveEvidence(long number, Evidence evidence) {
		jdbc.update("insert into dispute_evidence (dispute_number, file_name, content_type, size_bytes, sha256, content) "
				+ "values (?, ?, ?, ?, ?, ?)", number, evidence.fileName(), evidence.contentType(), evidence.content().length,
				evidence.sha256(), evidence.content());
	}

	Optional<Evidence> evidence(long number) {
		return jdbc.query("select file_name, content_type, content, sha256 from dispute_evidence where dispute_number = ?",
				(rs, i) -> new Evidence(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)), number)
			.stream().findFirst();
	}

	void rescore(long number, String evaluationId, Map<String, BigDecimal> items) {
		jdbc.batchUpdate("insert into evaluation_rescore (evaluation_id, item, score, dispute_number) values (?, ?, ?, ?)",
				items.entrySet().stream().map(item -> new Object[] { evaluationId, item.getKey(), item.getValue(), number })
					.toList());
	}

	/** The resolved disputes whose corrections belong in this period's ledger. */
	List<Dispute> correctionsFor(String period) {
		return jdbc.query(SELECT + "where d.correction_period = ? and d.state in ('WAIVED', 'REDUCED') order by d.number",
				DisputeStore::dispute, period);
	}

	/** The WAIVED and REDUCED disputes of the period's own entries, wherever their corrections went. */
	List<Dispute> corrected(String period) {
		return jdbc.query(SELECT + "where d.period = ? and d.target_kind = 'ENTRY' and d.state in ('WAIVED', 'REDUCED') "
				+ "order by d.number", DisputeStore::dispute, period);
	}

	Optional<LocalDateTime> firstSeen(Subject.Kind kind, String key) {
		return jdbc.queryForList("select first_seen_at from first_scoring where kind = ? and item_key = ?", LocalDateTime.class,
				kind.name(), key).stream().findFirst();
	}

	private static Dispute dispute(ResultSet rs, int row) throws SQLException {
		Subject subject = new Subject(Subject.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
				(Integer) rs.getObject(10, Integer.class), rs.getString(11), rs.getString(12), rs.getString(13),
				rs.getObject(14, Integer.class), rs.getString(15), rs.getString(16));
		DisputeState state = DisputeState.valueOf(rs.getString(17));
		Resolution resolution = rs.getString(22) == null ? null
				: new Resolution(rs.getString(22), rs.getObject(23, LocalDateTime.class), rs.getString(24),
						rs.getObject(25, Integer.class), ItemScores.parse(rs.getString(26)), rs.getString(27));
		return new Dispute(rs.getLong(1), subject, state, rs.getString(18), ItemScores.parse(rs.getString(19)),
				rs.getString(20), rs.getObject(21, LocalDateTime.class), resolution, rs.getInt(28) > 0);
	}

}
