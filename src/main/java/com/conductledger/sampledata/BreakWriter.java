package com.conductledger.sampledata;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

import com.conductledger.sampledata.AttendanceWriter.Signed;
import com.conductledger.sampledata.TeamPlan.BreakClash;

/**
 * Writes toilet breaks. Each agent's break falls in a nine-minute slot of the shift that no
 * other agent of the first 48 has that day, so in a small centre breaks only overlap where a
 * clash is planted; in a large one the 5% limit is far above chance overlaps.
 */
final class BreakWriter {

	static final String[] HEADER = { "agent_id", "date", "shift", "out_at", "back_at", "approved" };

	private static final int SLOTS = 48;

	private static final int SLOT_MINUTES = 9;

	private final Centre centre;

	private final CsvWriter out;

	BreakWriter(Centre centre, CsvWriter out) {
		this.centre = centre;
		this.out = out;
	}

	/** The agent's breaks on a shift worked from sign-in to sign-out. */
	void write(Team team, int slot, int day, Shift shift, Signed signed, BreakClash clash, SplittableRandom random) {
		String agentId = team.member(slot).id();
		if (clash != null && clash.first() == slot) {
			LocalDateTime outAt = slotStart(team, slot, day, shift);
			row(agentId, day, shift, outAt, outAt.plusMinutes(5), signed, "true");
		}
		else if (random.nextDouble() < 0.7) {
			int minutes = random.nextDouble() < 0.05 ? 6 + random.nextInt(4) : 2 + random.nextInt(4);
			LocalDateTime outAt = slotStart(team, slot, day, shift).plusMinutes(random.nextInt(SLOT_MINUTES + 1 - minutes));
			boolean approved = random.nextDouble() >= 0.02;
			row(agentId, day, shift, outAt, outAt.plusMinutes(minutes), signed, Boolean.toString(approved));
		}
		if (clash != null && clash.second() == slot) {
			LocalDateTime outAt = slotStart(team, clash.first(), day, shift).plusMinutes(2);
			row(agentId, day, shift, outAt, outAt.plusMinutes(4), signed, "true");
		}
	}

	private LocalDateTime slotStart(Team team, int slot, int day, Shift shift) {
		int agent = team.index * centre.agentsPerTeam() + slot - 1;
		int breakSlot = Math.floorMod(agent + 7 * day, SLOTS);
		return shift.startOn(centre.date(day)).plusMinutes(20 + (long) breakSlot * SLOT_MINUTES);
	}

	private void row(String agentId, int day, Shift shift, LocalDateTime outAt, LocalDateTime backAt, Signed signed,
			String approved) {
		if (outAt.isBefore(signed.in()) || (signed.out() != null && backAt.isAfter(signed.out()))) {
			return;
		}
		out.row(agentId, centre.date(day).toString(), shift.name(), Centre.timestamp(outAt), Centre.timestamp(backAt),
				approved);
	}

}
