package com.conductledger.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.conductledger.sampledata.SwapPlanner.Kind;
import com.conductledger.sampledata.TeamPlan.BreakClash;
import com.conductledger.sampledata.TeamPlan.Cover;
import com.conductledger.sampledata.TeamPlan.Outcome;

/**
 * Plants one team's scenarios. The catalogue is split into three groups; team t carries group
 * t mod 3, so any three consecutive teams together exercise every rule (fewer teams share them).
 */
final class TeamPlanner {

	private final Centre centre;

	private final Team team;

	private final TeamRoster roster;

	private final TeamPlan plan;

	private final SplittableRandom random;

	private TeamPlanner(Centre centre, Team team, TeamRoster roster, SplittableRandom random) {
		this.centre = centre;
		this.team = team;
		this.roster = roster;
		this.plan = new TeamPlan(team.slots(), centre.days);
		this.random = random;
	}

	/** Plans the team's month; approved swaps are applied to the given roster. */
	static TeamPlan plan(Centre centre, Team team, TeamRoster roster, SplittableRandom random) {
		return new TeamPlanner(centre, team, roster, random).plan();
	}

	static List<Integer> groupsOf(int teams, int team) {
		int groupCount = Math.min(teams, 3);
		List<Integer> groups = new ArrayList<>();
		for (int group = 0; group < 3; group++) {
			if (group % groupCount == team % groupCount) {
				groups.add(group);
			}
		}
		return groups;
	}

	private TeamPlan plan() {
		List<Integer> groups = groupsOf(centre.teams(), team.index);
		SwapPlanner swaps = new SwapPlanner(centre, team, roster, plan.claims, random);
		PlannedSwap repaidOnLeave = null;
		for (int group : groups) {
			PlannedSwap clean = planSwaps(swaps, group);
			repaidOnLeave = group == 0 ? clean : repaidOnLeave;
		}
		plan.swaps.addAll(swaps.planned());
		LeavePlanner leaves = new LeavePlanner(centre, team, roster, plan, random);
		for (int group : groups) {
			List<LeaveCase> cases = LeaveCatalogue.GROUPS.get(group);
			for (int i = 0; i < cases.size(); i++) {
				leaves.plan("leave-" + group + "-" + i, cases.get(i));
			}
		}
		if (repaidOnLeave != null) {
			leaves.planOnRepayShift(repaidOnLeave, LeaveCatalogue.ON_REPAY_SHIFT);
		}
		if (groups.contains(0) || groups.contains(2)) {
			privateSwap("private-swap");
		}
		if (groups.contains(0)) {
			mark("edge-ten", Outcome.TEN_MINUTES_EARLY);
			mark("edge-start", Outcome.AT_START);
		}
		mark("no-show", Outcome.ABSENT);
		breakClash("break-clash");
		return plan;
	}

	/** Plans the group's swaps; returns its clean approved swap, if it has one. */
	private PlannedSwap planSwaps(SwapPlanner swaps, int group) {
		return switch (group) {
			case 0 -> {
				swaps.overLimit("over-limit");
				swaps.plan("late-request", Kind.CLEAN, true, "APPROVED");
				yield swaps.plan("repaid-on-leave", Kind.CLEAN, false, "APPROVED");
			}
			case 1 -> {
				swaps.consecutive("consecutive");
				swaps.plan("holiday", Kind.HOLIDAY, false, "APPROVED");
				swaps.plan("rejected", Kind.CLEAN, false, "REJECTED");
				yield null;
			}
			default -> {
				swaps.plan("mismatch", Kind.MISMATCH, false, "APPROVED");
				swaps.plan("back-to-back", Kind.BACK_TO_BACK, false, "APPROVED");
				swaps.plan("pending", Kind.CLEAN, false, "PENDING");
				yield swaps.plan("clean", Kind.CLEAN, false, "APPROVED");
			}
		};
	}

	/** Agent B, resting that day, signs in for A's shift; A does not come and has no leave. */
	private void privateSwap(String owner) {
		for (int day : Shuffle.range(random, 1, centre.days - 2)) {
			for (int absent : Shuffle.range(random, 1, team.slots() - 1)) {
				Shift shift = roster.at(absent, day);
				if (shift == null || centre.isHoliday(day) || !plan.claims.free(absent, day, day, owner)) {
					continue;
				}
				for (int cover : Shuffle.range(random, 1, team.slots() - 1)) {
					if (cover != absent && !roster.works(cover, day) && plan.claims.free(cover, day - 1, day + 1, owner)
							&& roster.minRestIfWorking(cover, day, shift) >= TeamRoster.MIN_REST_MINUTES) {
						plan.claims.claim(absent, day, day, owner);
						plan.claims.claim(cover, day - 1, day + 1, owner);
						plan.set(absent, day, Outcome.ABSENT);
						plan.covers.add(new Cover(cover, day, shift));
						return;
					}
				}
			}
		}
	}

	/** One free worked shift of an agent gets this outcome. */
	private void mark(String owner, Outcome outcome) {
		for (int day : Shuffle.range(random, 0, centre.days - 1)) {
			for (int slot : Shuffle.range(random, 1, team.slots() - 1)) {
				if (roster.works(slot, day) && plan.claims.free(slot, day, day, owner)) {
					plan.claims.claim(slot, day, day, owner);
					plan.set(slot, day, outcome);
					return;
				}
			}
		}
	}

	private void breakClash(String owner) {
		for (int day : Shuffle.range(random, 0, centre.days - 1)) {
			for (int first : Shuffle.range(random, 1, team.slots() - 1)) {
				for (int second : Shuffle.range(random, 1, team.slots() - 1)) {
					if (first != second && sameJobOnSameShift(first, second, day)
							&& plan.claims.free(first, day, day, owner) && plan.claims.free(second, day, day, owner)) {
						plan.claims.claim(first, day, day, owner);
						plan.claims.claim(second, day, day, owner);
						plan.set(first, day, Outcome.NORMAL);
						plan.set(second, day, Outcome.NORMAL);
						plan.clashes.add(new BreakClash(first, second, day));
						return;
					}
				}
			}
		}
	}

	private boolean sameJobOnSameShift(int first, int second, int day) {
		Shift shift = roster.at(first, day);
		return shift != null && shift == roster.at(second, day)
				&& team.member(first).jobType().equals(team.member(second).jobType());
	}

}
