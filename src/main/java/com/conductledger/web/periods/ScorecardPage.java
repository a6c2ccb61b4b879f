package com.conductledger.web.periods;

import java.util.List;

/**
 * One page of a period's scorecards as asked ({@link ScorecardQuery}): the rows, where they stand
 * among the matching ones, how the table is sorted and filtered (for the page's links and the API),
 * and the total row of every matching scorecard (not only this page's).
 */
public record ScorecardPage(List<ScorecardView> rows, int page, int pages, int size, int matching, String sort,
		String dir, String team, String search, String tier, String category, ScorecardTotals totals) {

	static ScorecardPage of(List<ScorecardView> matching, ScorecardQuery query) {
		int pages = Math.max(1, (matching.size() + query.size() - 1) / query.size());
		int page = Math.min(query.page(), pages);
		int from = (page - 1) * query.size();
		List<ScorecardView> rows = matching.subList(Math.min(from, matching.size()),
				Math.min(from + query.size(), matching.size()));
		return new ScorecardPage(List.copyOf(rows), page, pages, query.size(), matching.size(),
				query.sort().parameter(), query.descending() ? "desc" : "asc", query.team(), query.search(),
				query.tier() == null ? null : query.tier().name(), query.category() == null ? null : query.category().name(),
				ScorecardTotals.of(matching));
	}

	/** The first row's position among the matching ones, counting from 1 (0 when none match). */
	public int firstRow() {
		return matching == 0 ? 0 : (page - 1) * size + 1;
	}

	public int lastRow() {
		return firstRow() == 0 ? 0 : firstRow() + rows.size() - 1;
	}

	/** The direction a click on {@code column}'s header sorts: the other way when it is the sort now. */
	public String nextDir(String column) {
		return column.equals(sort) && dir.equals("asc") ? "desc" : "asc";
	}

}
