package com.conductledger.web.admin;

import java.util.List;

/** One page of the job history, where it stands, and how it is sorted. */
public record JobPage(List<JobRow> rows, int page, int pages, int size, int matching, String sort, String dir,
		String search) {

	/** The direction a click on {@code column}'s header sorts: the other way when it is the sort now. */
	public String nextDir(String column) {
		return column.equals(sort) && dir.equals("desc") ? "asc" : "desc";
	}

}
