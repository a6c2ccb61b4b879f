package com.conductledger.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.store.RejectedRowStore;

/**
 * Whether the people the period's payroll is computed for are there: a payroll computed without a
 * people file, or after the latest one failed, pays from a guess, and must say so (on the console,
 * in the manifest, on the payroll page). Rows that still wait for people not in agents.csv are a
 * warning too: the period's figures are not complete while they wait.
 */
@Component
public class PeopleFileCheck {

	/** What the payroll can say of its people file. */
	public enum State {
		/** The latest people file received was taken. */
		OK,
		/** No people file has been taken: nobody is known. */
		MISSING,
		/** The latest people file received could not be read (or was not finished). */
		FAILED
	}

	private final JdbcTemplate jdbc;

	private final RejectedRowStore rejections;

	PeopleFileCheck(JdbcTemplate jdbc, RejectedRowStore rejections) {
		this.jdbc = jdbc;
		this.rejections = rejections;
	}

	public Result check(LocalDate from, LocalDate to) {
		List<String> warnings = new ArrayList<>();
		State state = State.OK;
		List<Map<String, Object>> latest = jdbc.queryForList("select file_name, status, failure, received_at "
				+ "from source_file where kind = 'AGENTS' order by id desc limit 1");
		Integer people = jdbc.queryForObject("select count(*) from person", Integer.class);
		if (people == null || people == 0) {
			state = State.MISSING;
			warnings.add("no people file (agents.csv) has been taken: nobody is known, so no row naming a person "
					+ "can be taken and this payroll pays nobody");
		}
		else if (!latest.isEmpty() && !"COMPLETE".equals(latest.get(0).get("status"))) {
			Map<String, Object> file = latest.get(0);
			state = State.FAILED;
			warnings.add("the latest people file, " + file.get("file_name") + " (received " + file.get("received_at")
					+ "), was not taken: " + file.get("failure") + "; this payroll uses the people taken before it");
		}
		RejectedRowStore.Waiting waiting = rejections.waitingForPeople(from, to);
		if (waiting.rows() > 0) {
			warnings.add(waiting.rows() + " row(s) of this period wait for people not in agents.csv ("
					+ String.join(", ", waiting.someIds()) + (waiting.distinctIds() > waiting.someIds().size()
							? " and " + (waiting.distinctIds() - waiting.someIds().size()) + " more" : "")
					+ "): they are taken once an agents file names them");
		}
		return new Result(state, warnings);
	}

	public record Result(State state, List<String> warnings) {

		public Result {
			warnings = List.copyOf(warnings);
		}

	}

}
