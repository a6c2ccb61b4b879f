package com.conductledger.sampledata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import com.conductledger.sampledata.AttendanceWriter.Signed;
import com.conductledger.sampledata.TeamPlan.Cover;
import com.conductledger.sampledata.TeamPlan.Outcome;

/** Writes one team's month to every file; only this team's plan is held in memory. */
final class TeamMonthWriter {

	private static final int PEOPLE = 0;

	private static final int PLANNING = 1;

	private static final int ATTENDANCE = 2;

	private static final int BREAKS = 3;

	private static final int EVALUATIONS = 4;

	private final Centre centre;

	private final MonthFiles files;

	private final EvaluationPlanner evaluations;

	private final AttendanceWriter attendance;

	private final BreakWriter breaks;

	TeamMonthWriter(Centre centre, MonthFiles files, EvaluationPlanner evaluations) {
		this.centre = centre;
		this.files = files;
		this.evaluations = evaluations;
		this.attendance = new AttendanceWriter(centre, files.attendance);
		this.breaks = new BreakWriter(centre, files.breaks);
	}

	void write(int teamIndex) {
		Team team = Team.create(centre, teamIndex, centre.peopleRandom(teamIndex, PEOPLE));
		for (Person member : team.members) {
			files.agents.row(member.csv());
		}
		writeBaseRoster(team);
		TeamRoster roster = new TeamRoster(centre, team);
		TeamPlan plan = TeamPlanner.plan(centre, team, roster, centre.random(teamIndex, PLANNING));
		boolean[][] worked = writeAttendance(team, roster, plan);
		List<PlannedSwap> swaps = new ArrayList<>(plan.swaps);
		swaps.sort(Comparator.comparingInt((PlannedSwap swap) -> swap.swap().swapDay()).thenComparing(PlannedSwap::requestedAt));
		for (PlannedSwap swap : swaps) {
			files.swaps.row(swap.csv(files.nextSwapId(), centre, team));
		}
		List<PlannedLeave> leaves = new ArrayList<>(plan.leaves);
		leaves.sort(Comparator.comparingInt(PlannedLeave::firstDay).thenComparingInt(PlannedLeave::slot));
		for (PlannedLeave leave : leaves) {
			files.leave.row(leave.csv(files.nextLeaveId(), centre, team));
		}
		evaluations.writeTeam(team, worked, centre.random(teamIndex, EVALUATIONS));
	}

	private void writeBaseRoster(Team team) {
		for (int slot = 0; slot < team.slots(); slot++) {
			for (int day = 0; day < centre.days; day++) {
				Shift shift = Rotation.shiftOf(team.index, team.restOffset(slot), centre.date(day));
				if (shift != null) {
					files.roster.row(team.member(slot).id(), centre.date(day).toString(), shift.name(),
							shift.start.toString(), shift.end.toString());
				}
			}
		}
	}

	/** Attendance follows the effective roster; returns who signed in on which day. */
	private boolean[][] writeAttendance(Team team, TeamRoster roster, TeamPlan plan) {
		SplittableRandom signing = centre.random(team.index, ATTENDANCE);
		SplittableRandom breaking = centre.random(team.index, BREAKS);
		boolean[][] worked = new boolean[team.slots()][centre.days];
		for (int slot = 0; slot < team.slots(); slot++) {
			String id = team.member(slot).id();
			for (int day = 0; day < centre.days; day++) {
				Cover cover = plan.coverOn(slot, day);
				if (cover != null) {
					attendance.write(id, day, cover.shift(), Outcome.NORMAL, signing);
					worked[slot][day] = true;
					continue;
				}
				Shift shift = roster.at(slot, day);
				Outcome outcome = plan.outcome(slot, day);
				if (shift == null || outcome == Outcome.ABSENT) {
					continue;
				}
				Signed signed = attendance.write(id, day, shift, outcome, signing);
				worked[slot][day] = true;
				if (slot > 0) {
					breaks.write(team, slot, day, shift, signed, plan.clashOn(slot, day), breaking);
				}
			}
		}
		return worked;
	}

}
