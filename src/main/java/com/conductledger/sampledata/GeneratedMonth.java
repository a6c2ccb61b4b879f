package com.conductledger.sampledata;

/** Data rows written per input file (headers not counted); evaluations over both workbooks. */
public record GeneratedMonth(long agents, long holidays, long roster, long attendance, long leave, long swaps,
		long breaks, long evaluations) {

	public long totalRows() {
		return agents + holidays + roster + attendance + leave + swaps + breaks + evaluations;
	}

	@Override
	public String toString() {
		return "agents=%d holidays=%d roster=%d attendance=%d leave=%d swaps=%d breaks=%d evaluations=%d total=%d"
			.formatted(agents, holidays, roster, attendance, leave, swaps, breaks, evaluations, totalRows());
	}

}
