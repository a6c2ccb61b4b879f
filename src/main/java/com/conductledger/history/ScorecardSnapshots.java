package com.conductledger.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.rules.Role;

/** Each period's scorecards as its reports last showed them, in {@code scorecard_snapshot}. */
@Repository
public class ScorecardSnapshots {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ScorecardSnapshots(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Replaces the period's snapshot with these scorecards, in one transaction. */
	@Transactional
	public void replace(String period, List<Scorecard> scorecards) {
		jdbc.update("delete from scorecard_snapshot where period = ?", period);
		List<MonthFigures> rows = scorecards.stream().map(card -> MonthFigures.of(period, card)).toList();
		jdbc.batchUpdate("insert into scorecard_snapshot (period, person_id, name, team, role, rank_no, tier, qa_average, "
				+ "deduction_points, final_score, net_amount, points_attendance, points_leave, points_swaps, points_breaks, "
				+ "points_conduct) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 500, (ps, row) -> {
					ps.setString(1, period);
					ps.setString(2, row.personId());
					ps.setString(3, row.name());
					ps.setString(4, row.team());
					ps.setString(5, row.role().name());
					ps.setObject(6, row.rank());
					ps.setString(7, row.tier().name());
					ps.setBigDecimal(8, row.qaAverage());
					ps.setInt(9, row.deductionPoints());
					ps.setBigDecimal(10, row.finalScore());
					ps.setBigDecimal(11, row.netAmount());
					for (Category category : Category.values()) {
						ps.setInt(12 + category.ordinal(), row.points(category));
					}
				});
	}

	public boolean has(String period) {
		Integer rows = jdbc.queryForObject("select count(*) from scorecard_snapshot where period = ?", Integer.class, period);
		return rows != null && rows > 0;
	}

	/** The figures of these periods, every person of each. */
	public List<MonthFigures> load(Collection<String> periods) {
		if (periods.isEmpty()) {
			return List.of();
		}
		List<MonthFigures> rows = new ArrayList<>();
		named.query("select * from scorecard_snapshot where period in (:periods) order by period, person_id",
				new MapSqlParameterSource("periods", periods), (ResultSet rs) -> {
					rows.add(figures(rs));
				});
		return rows;
	}

	private static MonthFigures figures(ResultSet rs) throws SQLException {
		int[] points = { rs.getInt("points_attendance"), rs.getInt("points_leave"), rs.getInt("points_swaps"),
				rs.getInt("points_breaks"), rs.getInt("points_conduct") };
		return new MonthFigures(rs.getString("period"), rs.getString("person_id"), rs.getString("name"),
				rs.getString("team"), Role.valueOf(rs.getString("role")), (Integer) rs.getObject("rank_no", Integer.class),
				Tier.valueOf(rs.getString("tier")), rs.getBigDecimal("qa_average"), rs.getInt("deduction_points"),
				rs.getBigDecimal("final_score"), rs.getBigDecimal("net_amount"), points);
	}

}
