package com.conductledger.dispute;

import java.time.LocalDateTime;

/** One line of a dispute's trail: RAISE, COMMENT, RESOLVE or WITHDRAW, by whom, when, the values before and after, the text. */
public record TrailAction(String action, String actor, String actorPersonId, LocalDateTime at, String before, String after,
		String note) {
}
