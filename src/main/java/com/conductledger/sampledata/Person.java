package com.conductledger.sampledata;

/** One row of agents.csv. */
record Person(String id, String name, String team, String jobType, int skillLevel, String role, String teamLeadId) {

	static final String[] HEADER = { "agent_id", "name", "team", "job_type", "skill_level", "role", "team_lead_id" };

	String[] csv() {
		return new String[] { id, name, team, jobType, Integer.toString(skillLevel), role, teamLeadId };
	}

	boolean sameJobAndSkill(Person other, int maxSkillGap) {
		return jobType.equals(other.jobType) && Math.abs(skillLevel - other.skillLevel) <= maxSkillGap;
	}

}
