package com.conductledger.ingest.parse;

import java.util.List;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.store.FactRow;
import com.conductledger.ingest.store.FactTable;

/** agents.csv: the centre's people; team_lead_id is kept as given (it may name a later row). */
final class AgentRowParser extends RowParser {

	static final List<String> ROLES = List.of("AGENT", "TEAM_LEAD", "SUPERVISOR", "OPS_MANAGER");

	/** Supervisors and operations managers serve the whole centre: their team may be blank. */
	private static final List<String> CENTRE_WIDE = List.of("SUPERVISOR", "OPS_MANAGER");

	AgentRowParser(KnownPeople people) {
		super(InputKind.AGENTS, people);
	}

	@Override
	String dateColumn() {
		return null;
	}

	@Override
	List<FactRow> read(RowCells cells, RawRow row) {
		String role = cells.choice("role", ROLES);
		String team = role != null && CENTRE_WIDE.contains(role) ? cells.optional("team") : cells.text("team");
		return one(FactTable.PERSON, values("agent_id", cells.text("agent_id"), "name", cells.text("name"), "team",
				team, "job_type", cells.text("job_type"), "skill_level", cells.wholeNumber("skill_level", 1, 5),
				"role", role, "team_lead_id", cells.optional("team_lead_id")));
	}

}
