package com.conductledger.scoring.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.sampledata.SampleMonthGenerator;
import com.conductledger.sampledata.SampleMonthSpec;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.rules.LeaveRequest;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.Swap;
import com.conductledger.support.LedgerTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster read ahead for a period's swaps and leaves answers every look-up exactly as the
 * database does, one query per look-up: the shifts the swap checks find, each person's effective
 * duties over a leave and around a swap, and dates it did not read ahead.
 */
@SpringBootTest
@ActiveProfiles("test")
class DatabaseRosterIntegrationTests {

	@Autowired
	FolderIngest folderIngest;

	@Autowired
	FactsRepository facts;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path work;

	@Test
	void aRosterReadAheadAnswersAsTheDatabase() throws IOException {
		LedgerTables.empty(jdbc);
		new SampleMonthGenerator().generate(work, new SampleMonthSpec(4, 8, 3, YearMonth.of(2026, 11), 25));
		folderIngest.ingest(work);
		facts.refreshFileNames();
		Period period = Period.of("2026-11", schedule.cutoffDay());
		List<Swap> swaps = facts.approvedSwapsTouching(period.firstDate().minusDays(1), period.lastDate().plusDays(1));
		List<LeaveRequest> leaves = facts.leavesOverlapping(period.firstDate(), period.lastDate());
		assertThat(swaps).as("the month has swaps").hasSizeGreaterThan(3);
		assertThat(leaves).as("the month has leaves").hasSizeGreaterThan(3);
		DatabaseRoster asked = new DatabaseRoster(facts, swaps);
		DatabaseRoster readAhead = new DatabaseRoster(facts, swaps);
		readAhead.readAhead(swaps, leaves);

		List<String> people = new ArrayList<>();
		swaps.forEach(swap -> people.addAll(List.of(swap.requesterId(), swap.counterpartId())));
		leaves.forEach(leave -> people.add(leave.agentId()));
		int found = 0;
		for (String person : people) {
			for (LocalDate date = period.firstDate().minusDays(3); !date.isAfter(period.lastDate().plusDays(3));
					date = date.plusDays(1)) {
				for (ShiftCode shift : ShiftCode.values()) {
					assertThat(readAhead.find(person, date, shift)).as("%s %s %s", person, date, shift)
						.isEqualTo(asked.find(person, date, shift));
					found += asked.find(person, date, shift).isPresent() ? 1 : 0;
				}
				assertThat(readAhead.dutiesOf(person, date.minusDays(1), date.plusDays(1))).as("%s around %s", person, date)
					.isEqualTo(asked.dutiesOf(person, date.minusDays(1), date.plusDays(1)));
			}
		}
		for (LeaveRequest leave : leaves) {
			assertThat(readAhead.dutiesOf(leave.agentId(), leave.firstDate(), leave.lastDate())).as(leave.leaveId())
				.isEqualTo(asked.dutiesOf(leave.agentId(), leave.firstDate(), leave.lastDate()));
		}
		assertThat(found).as("shifts found").isGreaterThan(people.size());
	}

}
