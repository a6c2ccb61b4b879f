package com.conductledger.sampledata;

/** Data rows written per input file (headers not counted); evaluations over both workbooks. */
public record GeneratedMonth(long agents, long holidays, long roster, long attendance, long leave, long swaps,
		long breaks, long evaluations) {

	public long totalRows() {
		return agents + holidays + roster + attendance + leave + swaps + breaks + evaluations;
	}

	/** These counts plus another month's (the same people: agents are counted once). */
	GeneratedMonth plusEvents(GeneratedMonth other) {
		return new GeneratedMonth(agents, holidays + other.holidays, roster + other.roster, attendance + other.attendance,
				leave + other.leave, swaps + other.swaps, breaks + other.breaks, evaluations + other.evaluations);
	}

	@Override
	public String toString() {
		return "agents=%d holidays=%d roster=%d attendance=%d leave=%d swaps=%d breaks=%d evaluations=%d total=%d"
			.formatted(agents, holidays, roster, attendance, leave, swaps, breaks, evaluations, totalRows());
	}

}
