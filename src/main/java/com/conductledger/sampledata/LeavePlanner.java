package com.conductledger.sampledata;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

import com.conductledger.sampledata.LeaveCase.Ask;
import com.conductledger.sampledata.TeamPlan.Outcome;

/** Places leave requests on shifts an agent really works, and keeps those shifts free of sign-ins. */
final class LeavePlanner {

	private final Centre centre;

	private final Team team;

	private final TeamRoster roster;

	private final TeamPlan plan;

	private final SplittableRandom random;

	LeavePlanner(Centre centre, Team team, TeamRoster roster, TeamPlan plan, SplittableRandom random) {
		this.centre = centre;
		this.team = team;
		this.roster = roster;
		this.plan = plan;
		this.random = random;
	}

	void plan(String owner, LeaveCase kind) {
		for (int firstDay : Shuffle.range(random, 0, centre.days - kind.days())) {
			for (int slot : Shuffle.range(random, 1, team.slots() - 1)) {
				if (fits(owner, kind, slot, firstDay)) {
					plan.claims.claim(slot, firstDay, firstDay + kind.days() - 1, owner);
					record(kind, slot, firstDay, firstDay + kind.days() - 1, requestedAt(kind.ask(), slot, firstDay));
					return;
				}
			}
		}
	}

	/** Leave on the requester's repay shift, asked for after the swap was approved. */
	void planOnRepayShift(PlannedSwap swap, LeaveCase kind) {
		int slot = swap.swap().requester();
		int day = swap.swap().repayDay();
		LocalDateTime requestedAt = centre.date(day - 2).atTime(9, 0).plusMinutes(random.nextInt(480));
		record(kind, slot, day, day, requestedAt);
	}

	private boolean fits(String owner, LeaveCase kind, int slot, int firstDay) {
		for (int day = firstDay; day < firstDay + kind.days(); day++) {
			Shift shift = roster.at(slot, day);
			if (shift == null || !plan.claims.free(slot, day, day, owner)
					|| !kind.where().accepts(shift, centre.isHoliday(day))) {
				return false;
			}
		}
		return true;
	}

	private void record(LeaveCase kind, int slot, int firstDay, int lastDay, LocalDateTime requestedAt) {
		String approverId = switch (kind.approver()) {
			case NONE -> "";
			case TEAM_LEAD -> team.lead().id();
			case SUPERVISOR -> centre.supervisorOf(team.index);
			case OPS_MANAGER -> centre.managerOf(team.index);
		};
		LocalDateTime approvedAt = approverId.isEmpty() ? null : requestedAt.plusMinutes(10 + random.nextInt(170));
		plan.leaves.add(new PlannedLeave(slot, kind, firstDay, lastDay, requestedAt, submitter(kind, slot), approverId,
				approvedAt));
		for (int day = firstDay; day <= lastDay; day++) {
			plan.set(slot, day, Outcome.ABSENT);
		}
	}

	private String submitter(LeaveCase kind, int slot) {
		return switch (kind.submitter()) {
			case SELF -> team.member(slot).id();
			case TEAM_LEAD -> team.lead().id();
			case COLLEAGUE -> team.member(1 + (slot + random.nextInt(team.slots() - 2)) % (team.slots() - 1)).id();
		};
	}

	private LocalDateTime requestedAt(Ask ask, int slot, int firstDay) {
		LocalDateTime start = roster.at(slot, firstDay).startOn(centre.date(firstDay));
		return switch (ask) {
			case DAYS_AHEAD -> centre.date(firstDay - 2 - random.nextInt(4)).atTime(9, 0).plusMinutes(random.nextInt(540));
			case HOURS_BEFORE -> start.minusMinutes(300 + random.nextInt(600));
			case ONE_HOUR_BEFORE -> start.minusMinutes(60);
			case FIFTY_MINUTES_BEFORE -> start.minusMinutes(50);
			case AFTERNOON_OF_THE_DAY -> centre.date(firstDay).atTime(12, 30).plusMinutes(random.nextInt(240));
			case DAY_BEFORE -> start.minusMinutes(26 * 60 + random.nextInt(14 * 60));
			case BEFORE_START -> start.minusMinutes(30 + random.nextInt(120));
			case AFTER_START -> start.minusMinutes(-20 - random.nextInt(70));
		};
	}

}
