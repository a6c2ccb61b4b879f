package com.conductledger.web.periods;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Tier;
import com.conductledger.web.WebProblem;

/**
 * What a period page asks of the month's scorecards, all done on the server: a team, a search by
 * id or name, a tier, a category the people have points in, a sort by any column (either way) and
 * one page of rows.
 */
record ScorecardQuery(String team, String search, Tier tier, Category category, Column sort, boolean descending,
		int page, int size) {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 500;

	/** The columns of the table, each sortable; empty values (no rank, no final score) sort last. */
	enum Column {
		RANK(ScorecardView::rank), ID(ScorecardView::personId), NAME(ScorecardView::name), TEAM(ScorecardView::team),
		TIER(view -> view.tier().ordinal()), EVALUATIONS(ScorecardView::evaluations), QA(ScorecardView::qaAverage),
		POINTS(ScorecardView::deductionPoints), FINAL(ScorecardView::finalScore), NET(ScorecardView::netAmount);

		private final Function<ScorecardView, ? extends Comparable<?>> key;

		Column(Function<ScorecardView, ? extends Comparable<?>> key) {
			this.key = key;
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

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Comparator<ScorecardView> order(boolean descending) {
			Comparator<Comparable> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
			return Comparator.comparing(view -> (Comparable) key.apply(view), Comparator.nullsLast(natural));
		}
	}

	static ScorecardQuery of(String team, String search, String sort, String dir, Integer page, Integer size) {
		return of(team, search, null, null, sort, dir, page, size);
	}

	/** With the filters by tier and by category (people with points in it). */
	static ScorecardQuery of(String team, String search, String tier, String category, String sort, String dir,
			Integer page, Integer size) {
		Column column = sort == null || sort.isBlank() ? Column.RANK : Column.of(sort.strip().toLowerCase(Locale.ROOT));
		boolean descending = dir != null && dir.equalsIgnoreCase("desc");
		if (dir != null && !dir.isBlank() && !descending && !dir.equalsIgnoreCase("asc")) {
			throw WebProblem.badRequest("排序方向无效 dir must be asc or desc, got '" + dir + "'");
		}
		int rows = size == null ? DEFAULT_SIZE : size;
		if (rows < 1 || rows > MAX_SIZE) {
			throw WebProblem.badRequest("每页行数无效 size must be 1 to " + MAX_SIZE + ", got " + rows);
		}
		if (page != null && page < 1) {
			throw WebProblem.badRequest("页码无效 page must be 1 or more, got " + page);
		}
		return new ScorecardQuery(blankToNull(team), blankToNull(search), named(Tier.class, tier, "tier"),
				named(Category.class, category, "category"), column, descending, page == null ? 1 : page, rows);
	}

	/** The matching scorecards in order (the whole list; {@link ScorecardPage} cuts the page). */
	List<ScorecardView> apply(List<ScorecardView> cards) {
		String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
		Comparator<ScorecardView> order = sort.order(descending)
			.thenComparing(Column.RANK.order(false))
			.thenComparing(ScorecardView::personId);
		return cards.stream()
			.filter(card -> team == null || team.equals(card.team()))
			.filter(card -> tier == null || tier == card.tier())
			.filter(card -> category == null || card.pointsByCategory().getOrDefault(category.name(), 0) > 0)
			.filter(card -> needle == null || card.personId().toLowerCase(Locale.ROOT).contains(needle)
					|| (card.name() != null && card.name().toLowerCase(Locale.ROOT).contains(needle)))
			.sorted(order)
			.toList();
	}

	private static <E extends Enum<E>> E named(Class<E> type, String value, String parameter) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw WebProblem.badRequest("筛选无效 " + parameter + " must be one of " + String.join(", ",
					Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ", got '" + value + "'");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
