package com.conductledger.web.admin;

import java.util.Arrays;
import java.util.Locale;

import com.conductledger.web.WebProblem;

/** What the job history page asks: a search (job, status, or a parameter such as a file name), a sort, a page. */
record JobQuery(String search, Column sort, boolean descending, int page, int size) {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 500;

	/** The sortable columns and the SQL each sorts by (never user text). */
	enum Column {
		ID("e.JOB_EXECUTION_ID"), JOB("i.JOB_NAME"), STATUS("e.STATUS"), START("e.START_TIME"), END("e.END_TIME");

		private final String sql;

		Column(String sql) {
			this.sql = sql;
		}

		String sql() {
			return sql;
		}

		String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Column of(String parameter) {
			return Arrays.stream(values())
				.filter(column -> column.parameter().equals(parameter))
				.findFirst()
				.orElseThrow(() -> WebProblem.badRequest("排序无效 cannot sort by '" + parameter + "': sort by one of "
						+ String.join(", ", Arrays.stream(values()).map(Column::parameter).toList())));
		}
	}

	static JobQuery of(String search, String sort, String dir, Integer page, Integer size) {
		Column column = sort == null || sort.isBlank() ? Column.ID : Column.of(sort.strip().toLowerCase(Locale.ROOT));
		boolean descending = dir == null || dir.isBlank() ? column == Column.ID || column == Column.START
				|| column == Column.END : dir.equalsIgnoreCase("desc");
		if (dir != null && !dir.isBlank() && !dir.equalsIgnoreCase("asc") && !dir.equalsIgnoreCase("desc")) {
			throw WebProblem.badRequest("排序方向无效 dir must be asc or desc, got '" + dir + "'");
		}
		int rows = size == null ? DEFAULT_SIZE : size;
		if (rows < 1 || rows > MAX_SIZE) {
			throw WebProblem.badRequest("每页行数无效 size must be 1 to " + MAX_SIZE + ", got " + rows);
		}
		if (page != null && page < 1) {
			throw WebProblem.badRequest("页码无效 page must be 1 or more, got " + page);
		}
		return new JobQuery(search == null || search.isBlank() ? null : search.strip(), column, descending,
				page == null ? 1 : page, rows);
	}

	String dir() {
		return descending ? "desc" : "asc";
	}

}
