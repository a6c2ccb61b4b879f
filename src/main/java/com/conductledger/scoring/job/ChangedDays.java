package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
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

	/** At most this many keys in one statement. */
	static final int KEYS_PER_STATEMENT = 1_000;

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
	 * revisions after the mark are read first; whether a break or an evaluation among them was stated
	 * before is then asked of the key index, a slice of keys a statement, and so are their days. As one
	 * statement ({@code exists} over the revisions up to the mark), H2 began its join from the whole
	 * table and MariaDB 10.11 materialised every revision up to the mark: 9 s of a night's 13.6 s of
	 * scoring on the 10,943-agent month, for 4,843 new breaks.
	 */
	Optional<Set<LocalDate>> since(long mark) {
		Set<LocalDate> days = new TreeSet<>();
		Set<String> breaks = new LinkedHashSet<>();
		Set<String> evaluations = new LinkedHashSet<>();
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
		if (statedBefore("BREAKS", breaks, mark) || statedBefore("EVALUATIONS", evaluations, mark)) {
			return Optional.empty();
		}
		for (List<String> slice : slices(breaks)) {
			List<Object> args = new ArrayList<>();
			for (String key : slice) {
				int bar = key.lastIndexOf('|');
				args.add(key.substring(0, bar));
				args.add(LocalDateTime.parse(key.substring(bar + 1)));
			}
			days.addAll(jdbc.queryForList("select shift_date from break_record where (agent_id, out_at) in ("
					+ pairs(slice.size()) + ")", LocalDate.class, args.toArray()));
		}
		for (List<String> slice : slices(evaluations)) {
			days.addAll(jdbc.queryForList("select call_date from qa_evaluation where evaluation_id in ("
					+ placeholders(slice.size()) + ")", LocalDate.class, slice.toArray()));
		}
		return Optional.of(days);
	}

	/** Whether any of these keys of the kind has a revision at or before the mark: it was stated again. */
	private boolean statedBefore(String kind, Set<String> keys, long mark) {
		for (List<String> slice : slices(keys)) {
			List<Object> args = new ArrayList<>(2 * slice.size() + 1);
			args.add(mark);
			for (String key : slice) {
				args.add(kind);
				args.add(key);
			}
			// (kind, fact_key) as one row value: with kind = ? apart, H2 ranges its index over the kind alone
			Integer found = jdbc.queryForObject("select count(*) from fact_revision where id <= ? and (kind, fact_key) in ("
					+ pairs(slice.size()) + ")", Integer.class, args.toArray());
			if (found != null && found > 0) {
				return true;
			}
		}
		return false;
	}

	private static List<List<String>> slices(Set<String> keys) {
		List<String> all = new ArrayList<>(keys);
		List<List<String>> slices = new ArrayList<>();
		for (int from = 0; from < all.size(); from += KEYS_PER_STATEMENT) {
			slices.add(all.subList(from, Math.min(all.size(), from + KEYS_PER_STATEMENT)));
		}
		return slices;
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private static String pairs(int count) {
		return String.join(", ", Collections.nCopies(count, "(?, ?)"));
	}

	/** A roster or attendance key: agent|date|shift (an agent id may itself hold a bar). */
	static LocalDate dayOfShiftKey(String key) {
		int last = key.lastIndexOf('|');
		int before = key.lastIndexOf('|', last - 1);
		return LocalDate.parse(key.substring(before + 1, last));
	}

}
