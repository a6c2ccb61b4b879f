package com.conductledger.dispute;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The notices a person sees on their home page (people.md, Notices): one when a dispute about them
 * changes state (and to the team lead when one is raised), one when an evaluation of theirs first appears in
 * a scoring (written by the scoring's commit). Reading one marks it read; none is deleted.
 */
@Repository
public class Notices {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Notices(JdbcTemplate jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	void tell(String personId, Dispute dispute, String message) {
		if (personId != null) {
			jdbc.update("insert into notice (person_id, created_at, kind, dispute_number, message, is_read) "
					+ "values (?, ?, 'DISPUTE', ?, ?, false)", personId, LocalDateTime.now(clock), dispute.number(),
					message.length() > 1000 ? message.substring(0, 1000) : message);
		}
	}

	/** The person's notices, unread first, newest first. */
	public List<Notice> of(String personId, boolean unreadOnly) {
		return jdbc.query("select id, person_id, created_at, kind, dispute_number, message, is_read from notice "
				+ "where person_id = ?" + (unreadOnly ? " and is_read = false" : "") + " order by is_read, id desc",
				(rs, i) -> new Notice(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class), rs.getString(4),
						rs.getObject(5, Long.class) == null ? null : Dispute.idOf(rs.getLong(5)), rs.getString(6),
						rs.getBoolean(7)), personId);
	}

	/** Marks the person's notice read; false when it is not theirs (or does not exist). */
	public boolean markRead(String personId, long id) {
		return jdbc.update("update notice set is_read = true where id = ? and person_id = ?", id, personId) == 1;
	}

}
