package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The days whose own rows (roster, sign-ins, breaks, evaluations) changed after a fact revision,
 * from {@code fact_revision}, which every taken row adds to: a roster or attendance fact names its
 * day in its key; a break or an evaluation is looked up by its key. A break or an evaluation stated
 * again after the revision may have moved from a day nobody can name any more (the row it replaced is
 * gone), so then no day can be trusted and the answer is empty: score every day.
 */
@Repository
class ChangedDays {

	private final JdbcTemplate jdbc;

	ChangedDays(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The last revision, or none when a file is still being taken (its rows may not all be visible yet). */
	Optional<Long> mark() {
		Integer unfinished = jdbc.queryForObject("select count(*) from source_file where status = 'RECEIVED'",
				Integer.class);
		if (unfinished != null && unfinished > 0) {
			return Optional.empty();
		}
		return Optional.of(jdbc.queryForObject("select coalesce(max(id), 0) from fact_revision", Long.class));
	}

	/**
	 * The days whose own rows changed after {@code mark}, or empty when that cannot be told. The
	 * re-statement check starts from the revisions after the mark (as a join, H2 began from the
	 * whole table before it: a second of every run of a 700,000-row month).
	 */
	Optional<Set<LocalDate>> since(long mark) {
		Integer moved = jdbc.queryForObject("select count(*) from fact_revision n where n.id > ? "
				+ "and n.kind in ('BREAKS', 'EVALUATIONS') and exists (select 1 from fact_revision o "
				+ "where o.kind = n.kind and o.fact_key = n.fact_key and o.id <= ?)", Integer.class, mark, mark);
		if (moved != null && moved > 0) {
			return Optional.empty();
		}
		Set<LocalDate> days = new TreeSet<>();
		List<String> breaks = new ArrayList<>();
		List<String> evaluations = new ArrayList<>();
		jdbc.query("select kind, fact_key from fact_revision where id > ? "
				+ "and kind in ('ROSTER', 'ATTENDANCE', 'BREAKS', 'EVALUATIONS')", rs -> {
					String kind = rs.getString(1);
					String key = rs.getString(2);
					switch (kind) {
						case "BREAKS" -> breaks.add(key);
						case "EVALUATIONS" -> evaluations.add(key);
						default -> days.add(dayOfShiftKey(key));
					}
				}, mark);
		for (String key : breaks) {
			int bar = key.lastIndexOf('|');
			days.addAll(jdbc.queryForList("select shift_date from break_record where agent_id = ? and out_at = ?",
					LocalDate.class, key.substring(0, bar), LocalDateTime.parse(key.substring(bar + 1))));
		}
		for (String id : evaluations) {
			days.addAll(jdbc.queryForList("select call_date from qa_evaluation where evaluation_id = ?", LocalDate.class,
					id));
		}
		return Optional.of(days);
	}

	/** A roster or attendance key: agent|date|shift (an agent id may itself hold a bar). */
	static LocalDate dayOfShiftKey(String key) {
		int last = key.lastIndexOf('|');
		int before = key.lastIndexOf('|', last - 1);
		return LocalDate.parse(key.substring(before + 1, last));
	}

}
