package com.conductledger.dispute;

import java.util.Optional;

/** Who the team lead of a person is (agents.csv {@code team_lead_id}). */
public interface TeamLeads {

	Optional<String> teamLeadOf(String personId);

}
