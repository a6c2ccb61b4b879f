package com.conductledger.people;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import com.conductledger.security.KnownPersons;

/** The persons of agents.csv in the database ({@code person}): who exists, and who leads whom. */
@Component
public class PeopleDirectory implements KnownPersons {

	private static final RowMapper<PersonRecord> PERSON = (rs, row) -> new PersonRecord(rs.getString("agent_id"),
			rs.getString("name"), rs.getString("team"), rs.getString("role"), rs.getString("team_lead_id"));

	private final JdbcTemplate jdbc;

	PeopleDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean exists(String personId) {
		Integer found = jdbc.queryForObject("select count(*) from person where agent_id = ?", Integer.class, personId);
		return found != null && found > 0;
	}

	/** The ids of the persons whose team lead is {@code leadId}. */
	public List<String> teamOf(String leadId) {
		return jdbc.queryForList("select agent_id from person where team_lead_id = ? order by agent_id", String.class,
				leadId);
	}

	public List<String> allIds() {
		return jdbc.queryForList("select agent_id from person order by agent_id", String.class);
	}

	public List<PersonRecord> all() {
		return jdbc.query("select agent_id, name, team, role, team_lead_id from person order by agent_id", PERSON);
	}

	/** The persons of a team by its name in agents.csv. */
	public List<PersonRecord> ofTeam(String team) {
		return jdbc.query("select agent_id, name, team, role, team_lead_id from person where team = ? order by agent_id",
				PERSON, team);
	}

	public List<PersonRecord> find(java.util.Collection<String> ids) {
		return all().stream().filter(person -> ids.contains(person.id())).toList();
	}

}
