package com.conductledger.dispute;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Team leads from agents.csv as ingested ({@code person.team_lead_id}). */
@Component
class PersonTeamLeads implements TeamLeads {

	private final JdbcTemplate jdbc;

	PersonTeamLeads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> teamLeadOf(String personId) {
		return jdbc.queryForList("select team_lead_id from person where agent_id = ?", String.class, personId).stream()
			.filter(lead -> lead != null && !lead.isBlank())
			.findFirst();
	}

}
