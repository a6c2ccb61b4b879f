package com.conductledger.scoring.job;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.conductledger.period.Period;
import com.conductledger.scoring.rules.BreakRecord;
import com.conductledger.scoring.rules.Evaluation;
import com.conductledger.scoring.rules.LeaveRequest;
import com.conductledger.scoring.rules.PeriodFacts;
import com.conductledger.scoring.rules.Person;
import com.conductledger.scoring.rules.RequestStatus;
import com.conductledger.scoring.rules.Role;
import com.conductledger.scoring.rules.RosterShift;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.SignIn;
import com.conductledger.scoring.rules.Source;
import com.conductledger.scoring.rules.Swap;

/**
 * Reads the ingested facts as the rules' records: by day or by person for the scoring job, or a whole
 * period at once in a few set-wise reads for in-memory scoring (what-if).
 */
@Repository
public class FactsRepository {

	private final JdbcTemplate jdbc;

	private Map<Long, String> fileNames = Map.of();

	FactsRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Loads the names of the files facts came from (a few per night), for the sources of ledger entries. */
	public void refreshFileNames() {
		Map<Long, String> names = new HashMap<>();
		jdbc.query("select id, file_name from source_file", rs -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		fileNames = names;
	}

	public Map<String, Person> people() {
		Map<String, Person> people = new LinkedHashMap<>();
		jdbc.query("select agent_id, name, team, job_type, skill_level, role from person order by agent_id", rs -> {
			people.put(rs.getString(1), new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), Role.valueOf(rs.getString(6))));
		});
		return people;
	}

	/** The people with a roster shift dated from..to. */
	public Set<String> rosteredBetween(LocalDate from, LocalDate to) {
		return new TreeSet<>(jdbc.queryForList("select distinct agent_id from roster_shift where shift_date between ? and ?",
				String.class, from, to));
	}

	public Set<LocalDate> holidays() {
		return new TreeSet<>(jdbc.queryForList("select holiday_date from holiday", LocalDate.class));
	}

	List<RosterShift> rosterOn(LocalDate date) {
		return jdbc.query(ROSTER + " where shift_date = ?", this::roster, date);
	}

	boolean hasRosterOn(LocalDate date) {
		return !jdbc.queryForList("select 1 from roster_shift where shift_date = ? limit 1", Integer.class, date).isEmpty();
	}

	/**
	 * Each person's planned shifts on each of the given dates, in date and shift order, a date without
	 * a shift as an empty list: one statement per slice of people ({@code agent_id in (...)}, looked up
	 * in the primary key, from the slice's first date to its last), not one per person and date.
	 * Measured on H2 against the other forms: a row-value {@code (agent_id, shift_date) in (...)} is
	 * answered by scanning the table, and {@code shift_date = ? and agent_id in (...)} by the date's
	 * index with every row compared to the whole list; the slice is small because H2 compares each
	 * row it finds with the list one by one. Should the database match an id other than the one asked
	 * for (a case-insensitive collation), nothing is held and every look-up asks the database as before.
	 */
	Map<String, Map<LocalDate, List<RosterShift>>> rosterOnDates(Map<String, ? extends Collection<LocalDate>> dates) {
		Map<String, Map<LocalDate, List<RosterShift>>> held = new HashMap<>();
		dates.forEach((agentId, days) -> {
			Map<LocalDate, List<RosterShift>> byDate = held.computeIfAbsent(agentId, id -> new HashMap<>());
			days.forEach(day -> byDate.computeIfAbsent(day, d -> new ArrayList<>()));
		});
		List<String> people = new ArrayList<>(new TreeSet<>(held.keySet()));
		List<String> strangers = new ArrayList<>();
		for (int from = 0; from < people.size() && strangers.isEmpty(); from += PEOPLE_PER_READ) {
			List<String> slice = people.subList(from, Math.min(people.size(), from + PEOPLE_PER_READ));
			TreeSet<LocalDate> days = new TreeSet<>();
			slice.forEach(agentId -> days.addAll(held.get(agentId).keySet()));
			if (days.isEmpty()) {
				continue;
			}
			List<Object> args = new ArrayList<>(slice);
			args.add(days.first());
			args.add(days.last());
			jdbc.query(ROSTER + " where agent_id in (" + String.join(", ", Collections.nCopies(slice.size(), "?"))
					+ ") and shift_date between ? and ?", rs -> {
						RosterShift shift = roster(rs, Interner.NONE);
						Map<LocalDate, List<RosterShift>> byDate = held.get(shift.agentId());
						if (byDate == null) {
							strangers.add(shift.agentId());
						}
						else if (byDate.containsKey(shift.date())) {
							byDate.get(shift.date()).add(shift);
						}
					}, args.toArray());
		}
		if (!strangers.isEmpty()) {
			return Map.of();
		}
		held.values().forEach(byDate -> byDate.values()
			.forEach(shifts -> shifts.sort(Comparator.comparing(shift -> shift.shift().name()))));
		return held;
	}

	/** At most this many people in one read of {@link #rosterOnDates}. */
	static final int PEOPLE_PER_READ = 100;

	List<RosterShift> rosterOf(String agentId, LocalDate from, LocalDate to) {
		return jdbc.query(ROSTER + " where agent_id = ? and shift_date between ? and ?", this::roster, agentId, from, to);
	}

	Optional<RosterShift> rosterShift(String agentId, LocalDate date, ShiftCode shift) {
		return jdbc.query(ROSTER + " where agent_id = ? and shift_date = ? and shift_code = ?", this::roster, agentId, date,
				shift.name()).stream().findFirst();
	}

	List<SignIn> signInsOn(LocalDate date) {
		return jdbc.query("select agent_id, shift_date, shift_code, sign_in, sign_out, source_file_id, source_row "
				+ "from attendance where shift_date = ?", (rs, i) -> new SignIn(rs.getString(1), date(rs, 2),
						ShiftCode.valueOf(rs.getString(3)), timestamp(rs, 4), timestamp(rs, 5), source(rs, 6, null, 7)),
				date);
	}

	List<BreakRecord> breaksOn(LocalDate date) {
		return jdbc.query("select agent_id, shift_date, shift_code, out_at, back_at, approved, source_file_id, source_row "
				+ "from break_record where shift_date = ?", (rs, i) -> new BreakRecord(rs.getString(1), date(rs, 2),
						ShiftCode.valueOf(rs.getString(3)), timestamp(rs, 4), timestamp(rs, 5), rs.getBoolean(6),
						source(rs, 7, null, 8)),
				date);
	}

	/** Approved swaps whose swap or repay date falls in from..to. */
	List<Swap> approvedSwapsTouching(LocalDate from, LocalDate to) {
		return jdbc.query("select swap_id, requester_id, counterpart_id, swap_date, swap_shift, repay_date, repay_shift, "
				+ "requested_at, status, approver_id, approved_at, source_file_id, source_row from shift_swap "
				+ "where status = 'APPROVED' and (swap_date between ? and ? or repay_date between ? and ?)",
				(rs, i) -> new Swap(rs.getString(1), rs.getString(2), rs.getString(3), date(rs, 4),
						ShiftCode.valueOf(rs.getString(5)), date(rs, 6), ShiftCode.valueOf(rs.getString(7)), timestamp(rs, 8),
						RequestStatus.valueOf(rs.getString(9)), rs.getString(10), timestamp(rs, 11), source(rs, 12, null, 13)),
				from, to, from, to);
	}

	/** Leaves with a day in from..to. */
	List<LeaveRequest> leavesOverlapping(LocalDate from, LocalDate to) {
		return jdbc.query("select leave_id, agent_id, leave_type, urgent, first_date, last_date, requested_at, submitted_by, "
				+ "status, approver_id, approved_at, certificate, certificate_submitted_on, source_file_id, source_row "
				+ "from leave_request where first_date <= ? and last_date >= ?",
				(rs, i) -> new LeaveRequest(rs.getString(1), rs.getString(2), LeaveRequest.Type.valueOf(rs.getString(3)),
						rs.getBoolean(4), date(rs, 5), date(rs, 6), timestamp(rs, 7), rs.getString(8),
						RequestStatus.valueOf(rs.getString(9)), rs.getString(10), timestamp(rs, 11), rs.getBoolean(12),
						date(rs, 13), source(rs, 14, null, 15)),
				to, from);
	}

	/** The day's evaluations with their item scores and conduct codes. */
	public List<Evaluation> evaluationsOn(LocalDate date) {
		Map<String, Map<String, BigDecimal>> scores = new HashMap<>();
		jdbc.query("select s.evaluation_id, s.item, s.score from qa_item_score s join qa_evaluation e "
				+ "on e.evaluation_id = s.evaluation_id where e.call_date = ?", rs -> {
					scores.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
				}, date);
		jdbc.query(RESCORED + "where e.call_date = ?", rs -> {
			scores.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
		}, date);
		Map<String, List<String>> codes = new HashMap<>();
		jdbc.query("select c.evaluation_id, c.code from qa_conduct_code c join qa_evaluation e "
				+ "on e.evaluation_id = c.evaluation_id where e.call_date = ? order by c.evaluation_id, c.position", rs -> {
					codes.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
				}, date);
		return jdbc.query("select evaluation_id, call_date, agent_id, evaluator_id, source_file_id, source_sheet, source_row "
				+ "from qa_evaluation where call_date = ?", (rs, i) -> new Evaluation(rs.getString(1), date(rs, 2),
						rs.getString(3), rs.getString(4), scores.getOrDefault(rs.getString(1), Map.of()),
						codes.getOrDefault(rs.getString(1), List.of()), source(rs, 5, rs.getString(6), 7)),
				date);
	}

	/** The item scores resolved disputes changed on each day's evaluations, as text in a fixed order. */
	Map<LocalDate, String> rescoresByDay(Period period) {
		Map<LocalDate, StringBuilder> days = new HashMap<>();
		jdbc.query(RESCORED_BY_DAY + "where e.call_date between ? and ? order by r.evaluation_id, r.item", rs -> {
			days.computeIfAbsent(date(rs, 1), day -> new StringBuilder())
				.append(rs.getString(2)).append(' ').append(rs.getString(3)).append(' ')
				.append(rs.getBigDecimal(4).toPlainString()).append('\n');
		}, period.firstDate(), period.lastDate());
		Map<LocalDate, String> texts = new HashMap<>();
		days.forEach((day, text) -> texts.put(day, text.toString()));
		return texts;
	}

	private static final String RESCORED_BY_DAY = "select e.call_date, r.evaluation_id, r.item, r.score "
			+ "from evaluation_rescore r join qa_evaluation e on e.evaluation_id = r.evaluation_id ";

	/**
	 * All of a period's facts at once, in a few set-wise reads (no query per row or per day): for
	 * in-memory scoring such as a what-if. The roster reaches as far as the period's leaves and swaps
	 * do, so that the engine sees what the job's look-ups would.
	 */
	public PeriodFacts periodFacts(Period period) {
		refreshFileNames();
		LocalDate first = period.firstDate();
		LocalDate last = period.lastDate();
		List<LeaveRequest> leaves = leavesOverlapping(first, last);
		List<Swap> swaps = approvedSwapsTouching(first.minusDays(1), last.plusDays(1));
		LocalDate from = first.minusDays(1);
		LocalDate to = last.plusDays(1);
		for (LeaveRequest leave : leaves) {
			from = leave.firstDate().isBefore(from) ? leave.firstDate() : from;
			to = leave.lastDate().isAfter(to) ? leave.lastDate() : to;
		}
		Interner in = Interner.forOneRead();
		List<RosterShift> roster = new ArrayList<>(jdbc.query(ROSTER + " where shift_date between ? and ?",
				(rs, i) -> roster(rs, in), from, to));
		Set<LocalDate> outside = new TreeSet<>();
		for (Swap swap : swaps) {
			for (LocalDate date : List.of(swap.swapDate(), swap.repayDate())) {
				if (date.isBefore(from) || date.isAfter(to)) {
					outside.add(date);
				}
			}
		}
		outside.forEach(date -> roster.addAll(rosterOn(date)));
		return new PeriodFacts(period, people(), holidays(), roster, signInsBetween(first, last, in), leaves, swaps,
				breaksBetween(first, last, in), evaluationsBetween(first, last, in));
	}

	private List<SignIn> signInsBetween(LocalDate from, LocalDate to, Interner in) {
		return jdbc.query("select agent_id, shift_date, shift_code, sign_in, sign_out, source_file_id, source_row "
				+ "from attendance where shift_date between ? and ?", (rs, i) -> new SignIn(in.of(rs.getString(1)),
						in.of(date(rs, 2)), ShiftCode.valueOf(rs.getString(3)), in.of(timestamp(rs, 4)),
						in.of(timestamp(rs, 5)), source(rs, 6, null, 7)),
				from, to);
	}

	private List<BreakRecord> breaksBetween(LocalDate from, LocalDate to, Interner in) {
		return jdbc.query("select agent_id, shift_date, shift_code, out_at, back_at, approved, source_file_id, source_row "
				+ "from break_record where shift_date between ? and ?", (rs, i) -> new BreakRecord(in.of(rs.getString(1)),
						in.of(date(rs, 2)), ShiftCode.valueOf(rs.getString(3)), in.of(timestamp(rs, 4)),
						in.of(timestamp(rs, 5)), rs.getBoolean(6), source(rs, 7, null, 8)),
				from, to);
	}

	private List<Evaluation> evaluationsBetween(LocalDate from, LocalDate to, Interner in) {
		Map<String, Map<String, BigDecimal>> scores = new HashMap<>();
		jdbc.query("select s.evaluation_id, s.item, s.score from qa_item_score s join qa_evaluation e "
				+ "on e.evaluation_id = s.evaluation_id where e.call_date between ? and ?", rs -> {
					scores.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(in.of(rs.getString(2)),
							in.of(rs.getBigDecimal(3)));
				}, from, to);
		jdbc.query(RESCORED + "where e.call_date between ? and ?", rs -> {
			scores.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(in.of(rs.getString(2)), rs.getBigDecimal(3));
		}, from, to);
		Map<String, List<String>> codes = new HashMap<>();
		jdbc.query("select c.evaluation_id, c.code from qa_conduct_code c join qa_evaluation e "
				+ "on e.evaluation_id = c.evaluation_id where e.call_date between ? and ? order by c.evaluation_id, c.position",
				rs -> {
					codes.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(in.of(rs.getString(2)));
				}, from, to);
		return jdbc.query("select evaluation_id, call_date, agent_id, evaluator_id, source_file_id, source_sheet, source_row "
				+ "from qa_evaluation where call_date between ? and ?", (rs, i) -> new Evaluation(rs.getString(1),
						in.of(date(rs, 2)), in.of(rs.getString(3)), in.of(rs.getString(4)),
						scores.getOrDefault(rs.getString(1), Map.of()),
						codes.getOrDefault(rs.getString(1), List.of()), source(rs, 5, rs.getString(6), 7)),
				from, to);
	}

	/**
	 * The item scores that resolved disputes changed (RESCORED): they replace the workbook's for the
	 * scoring and the scorecards, while the workbook's stay in qa_item_score as history.
	 */
	private static final String RESCORED = "select r.evaluation_id, r.item, r.score from evaluation_rescore r "
			+ "join qa_evaluation e on e.evaluation_id = r.evaluation_id ";

	private static final String ROSTER = "select agent_id, shift_date, shift_code, start_time, end_time, source_file_id, "
			+ "source_row from roster_shift";

	private RosterShift roster(ResultSet rs, int rowNum) throws SQLException {
		return roster(rs, Interner.NONE);
	}

	private RosterShift roster(ResultSet rs, Interner in) throws SQLException {
		return new RosterShift(in.of(rs.getString(1)), in.of(date(rs, 2)), ShiftCode.valueOf(rs.getString(3)),
				in.of(rs.getObject(4, LocalTime.class)), in.of(rs.getObject(5, LocalTime.class)), source(rs, 6, null, 7));
	}

	private Source source(ResultSet rs, int fileColumn, String sheet, int rowColumn) throws SQLException {
		return new Source(fileNames.getOrDefault(rs.getLong(fileColumn), "file #" + rs.getLong(fileColumn)), sheet,
				rs.getInt(rowColumn));
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static LocalDateTime timestamp(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

}
