package com.conductledger.ingest.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.InputKind;

/** Which file already holds a fact key: what decides whether a re-stated key may replace a fact. */
@Component
public class KeyOwners {

	private final NamedParameterJdbcTemplate jdbc;

	public KeyOwners(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The evaluation ids among these that are taken from a workbook of another name than
	 * {@code fileName}, each with that workbook and row ("evaluations/b.xlsx, row 4").
	 */
	public Map<String, String> evaluationsOfOtherFiles(Collection<String> evaluationIds, String fileName) {
		Map<String, String> owners = new HashMap<>();
		if (evaluationIds.isEmpty()) {
			return owners;
		}
		jdbc.query("select q.evaluation_id, f.file_name, q.source_row from qa_evaluation q "
				+ "join source_file f on f.id = q.source_file_id where q.evaluation_id in (:ids)",
				new MapSqlParameterSource("ids", evaluationIds), rs -> {
					if (!rs.getString(2).equals(fileName)) {
						owners.put(rs.getString(1), rs.getString(2) + ", row " + rs.getInt(3));
					}
				});
		return owners;
	}

	/** The keys among these that a file received after {@code sourceFileId} has stated, with that file and row. */
	public Map<String, String> statedLater(InputKind kind, Collection<String> factKeys, long sourceFileId) {
		Map<String, String> later = new HashMap<>();
		if (factKeys.isEmpty()) {
			return later;
		}
		jdbc.query("select r.fact_key, f.file_name, r.source_row from fact_revision r "
				+ "join source_file f on f.id = r.source_file_id where r.kind = :kind and r.fact_key in (:keys) "
				+ "and r.source_file_id > :id order by r.id", new MapSqlParameterSource("kind", kind.name())
					.addValue("keys", factKeys)
					.addValue("id", sourceFileId), rs -> {
						later.put(rs.getString(1), rs.getString(2) + ", row " + rs.getInt(3));
					});
		return later;
	}

}
