package com.conductledger.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One team: slot 0 is its team lead, slots 1..n its agents (the order of agents.csv). Each
 * slot has its own rest offset in the weekly rotation.
 */
final class Team {

	private static final int[] SKILL_WEIGHTS = { 5, 20, 40, 25, 10 };

	final int index;

	final String name;

	final List<Person> members;

	private Team(int index, String name, List<Person> members) {
		this.index = index;
		this.name = name;
		this.members = List.copyOf(members);
	}

	static Team create(Centre centre, int index, SplittableRandom random) {
		ChineseNames names = new ChineseNames(random);
		String name = centre.teamName(index);
		List<Person> members = new ArrayList<>();
		String leadId = centre.leadId(index);
		members.add(new Person(leadId, names.next(), name, "VOICE", 5, "TEAM_LEAD", centre.supervisorOf(index)));
		int agents = centre.agentsPerTeam();
		int firstOnline = 1 + random.nextInt(agents);
		int secondOnline = 1 + (firstOnline - 1 + 1 + random.nextInt(agents - 1)) % agents;
		for (int number = 1; number <= agents; number++) {
			String jobType = (number == firstOnline || number == secondOnline) ? "ONLINE" : "VOICE";
			members.add(new Person(centre.agentId(index, number), names.next(), name, jobType, skill(random), "AGENT",
					leadId));
		}
		return new Team(index, name, members);
	}

	private static int skill(SplittableRandom random) {
		int draw = random.nextInt(100);
		for (int level = 0; level < SKILL_WEIGHTS.length; level++) {
			draw -= SKILL_WEIGHTS[level];
			if (draw < 0) {
				return level + 1;
			}
		}
		return 3;
	}

	int slots() {
		return members.size();
	}

	Person member(int slot) {
		return members.get(slot);
	}

	Person lead() {
		return members.get(0);
	}

	/** Rest days start on this weekday (0 = Monday); the lead of team 1 rests at weekends. */
	int restOffset(int slot) {
		return (slot + index + 5) % 7;
	}

}
