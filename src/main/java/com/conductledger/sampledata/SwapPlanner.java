package com.conductledger.sampledata;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Finds swaps that really fit the team's roster: the requester works the swap shift and the
 * counterpart rests that day; the counterpart works the repay shift and the requester rests.
 * Each scenario asks for one kind of flaw and otherwise a clean swap, and has a requester of
 * its own, so it fires one rule; a scenario that fits nowhere in the team is left out.
 */
final class SwapPlanner {

	enum Kind {

		CLEAN, HOLIDAY, MISMATCH, BACK_TO_BACK

	}

	private final Centre centre;

	private final Team team;

	private final TeamRoster roster;

	private final Claims claims;

	private final SplittableRandom random;

	private final List<PlannedSwap> planned = new ArrayList<>();

	private final Set<Integer> requesters = new HashSet<>();

	SwapPlanner(Centre centre, Team team, TeamRoster roster, Claims claims, SplittableRandom random) {
		this.centre = centre;
		this.team = team;
		this.roster = roster;
		this.claims = claims;
		this.random = random;
	}

	List<PlannedSwap> planned() {
		return List.copyOf(planned);
	}

	/** Three approved, well-spaced swaps by one requester: the third is over the limit. */
	void overLimit(String owner) {
		for (int requester : Shuffle.range(random, 1, team.slots() - 1)) {
			if (requesters.contains(requester)) {
				continue;
			}
			List<SwapCandidate> held = new ArrayList<>();
			SwapCandidate next = find(owner + "#1", Kind.CLEAN, requester, -1, null);
			while (next != null) {
				hold(next, owner + "#" + (held.size() + 1));
				held.add(next);
				next = held.size() == 3 ? null
						: find(owner + "#" + (held.size() + 1), Kind.CLEAN, requester, -1, null);
			}
			for (int i = held.size() - 1; i >= 0; i--) {
				release(held.get(i), owner + "#" + (i + 1));
			}
			if (held.size() == 3) {
				for (int i = 0; i < held.size(); i++) {
					record(owner + "#" + (i + 1), held.get(i), false, "APPROVED");
				}
				return;
			}
		}
	}

	private void hold(SwapCandidate swap, String owner) {
		roster.apply(swap);
		claim(swap, owner);
	}

	private void release(SwapCandidate swap, String owner) {
		roster.revert(swap);
		for (int slot : new int[] { swap.requester(), swap.counterpart() }) {
			claims.release(slot, swap.swapDay() - 1, swap.swapDay() + 1, owner);
			claims.release(slot, swap.repayDay() - 1, swap.repayDay() + 1, owner);
		}
	}

	private void claim(SwapCandidate swap, String owner) {
		for (int slot : new int[] { swap.requester(), swap.counterpart() }) {
			claims.claim(slot, swap.swapDay() - 1, swap.swapDay() + 1, owner);
			claims.claim(slot, swap.repayDay() - 1, swap.repayDay() + 1, owner);
		}
	}

	/** Two approved swaps by one requester on consecutive days. */
	void consecutive(String owner) {
		SwapCandidate first = find(owner, Kind.CLEAN, -1, -1, candidate -> {
			roster.apply(candidate);
			SwapCandidate second = find(owner, Kind.CLEAN, candidate.requester(), candidate.swapDay() + 1, null);
			roster.revert(candidate);
			return second != null;
		});
		if (first != null) {
			record(owner, first, false, "APPROVED");
			plan(owner, Kind.CLEAN, false, "APPROVED", first.requester(), first.swapDay() + 1);
		}
	}

	PlannedSwap plan(String owner, Kind kind, boolean lateRequest, String status) {
		return plan(owner, kind, lateRequest, status, -1, -1);
	}

	private PlannedSwap plan(String owner, Kind kind, boolean lateRequest, String status, int requester, int day) {
		SwapCandidate candidate = find(owner, kind, requester, day, null);
		return candidate == null ? null : record(owner, candidate, lateRequest, status);
	}

	private PlannedSwap record(String owner, SwapCandidate swap, boolean lateRequest, String status) {
		LocalDateTime start = swap.swapShift().startOn(centre.date(swap.swapDay()));
		LocalDateTime requestedAt = lateRequest ? start.minusMinutes(300 + random.nextInt(900))
				: centre.date(swap.swapDay() - 2 - random.nextInt(4)).atTime(9, 0).plusMinutes(random.nextInt(540));
		boolean pending = "PENDING".equals(status);
		LocalDateTime decidedAt = pending ? null : requestedAt.plusMinutes(10 + random.nextInt(lateRequest ? 110 : 230));
		PlannedSwap plannedSwap = new PlannedSwap(swap, status, requestedAt, pending ? "" : team.lead().id(), decidedAt);
		if (plannedSwap.approved()) {
			roster.apply(swap);
		}
		claim(swap, owner);
		requesters.add(swap.requester());
		planned.add(plannedSwap);
		return plannedSwap;
	}

	private SwapCandidate find(String owner, Kind kind, int requester, int day, Predicate<SwapCandidate> extra) {
		int lastRepayDay = centre.days - 2;
		for (int swapDay : day >= 0 ? new int[] { day } : Shuffle.range(random, 1, lastRepayDay - 2)) {
			if ((kind == Kind.HOLIDAY) != centre.isHoliday(swapDay)) {
				continue;
			}
			for (int r : requester > 0 ? new int[] { requester } : Shuffle.range(random, 1, team.slots() - 1)) {
				Shift swapShift = roster.at(r, swapDay);
				if (swapShift == null || (requester < 0 && requesters.contains(r)) || !claims.free(r, swapDay - 1, swapDay + 1, owner)) {
					continue;
				}
				for (int c : Shuffle.range(random, 1, team.slots() - 1)) {
					if (c == r || roster.works(c, swapDay) || !claims.free(c, swapDay - 1, swapDay + 1, owner)) {
						continue;
					}
					for (int repayDay : Shuffle.range(random, swapDay + 2, Math.min(swapDay + 9, lastRepayDay))) {
						Shift repayShift = roster.at(c, repayDay);
						if (repayShift == null || roster.works(r, repayDay) || centre.isHoliday(repayDay)
								|| !claims.free(r, repayDay - 1, repayDay + 1, owner)
								|| !claims.free(c, repayDay - 1, repayDay + 1, owner)) {
							continue;
						}
						SwapCandidate candidate = new SwapCandidate(r, c, swapDay, swapShift, repayDay, repayShift);
						if (accepts(kind, candidate) && (extra == null || extra.test(candidate))) {
							return candidate;
						}
					}
				}
			}
		}
		return null;
	}

	private boolean accepts(Kind kind, SwapCandidate swap) {
		boolean jobsMatch = team.member(swap.requester()).sameJobAndSkill(team.member(swap.counterpart()), 1);
		roster.apply(swap);
		long rest = Math.min(roster.minRestMinutes(swap.counterpart(), swap.swapDay()),
				roster.minRestMinutes(swap.requester(), swap.repayDay()));
		roster.revert(swap);
		boolean rested = rest >= TeamRoster.MIN_REST_MINUTES;
		return switch (kind) {
			case CLEAN, HOLIDAY -> jobsMatch && rested;
			case MISMATCH -> !jobsMatch && rested;
			case BACK_TO_BACK -> jobsMatch && !rested;
		};
	}

}
