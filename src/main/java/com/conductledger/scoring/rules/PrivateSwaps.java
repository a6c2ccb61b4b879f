package com.conductledger.scoring.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * rules.md 4.1, Art. 36: a private swap is found when B signed in for a shift B is not on the
 * effective roster for, while A, who is, has no sign-in and no valid leave for it. Each unrostered
 * sign-in covers at most one absence of the same date and shift: someone of B's team first, then
 * by agent id.
 */
final class PrivateSwaps {

	record Cover(Duty absence, SignIn coveringSignIn) {
	}

	private PrivateSwaps() {
	}

	static List<Cover> match(List<Duty> absences, List<SignIn> unrosteredSignIns, Map<String, Person> people) {
		List<Duty> open = new ArrayList<>(absences);
		open.sort(Comparator.comparing(Duty::workerId));
		List<Cover> covers = new ArrayList<>();
		List<SignIn> signIns = new ArrayList<>(unrosteredSignIns);
		signIns.sort(Comparator.comparing(SignIn::agentId));
		for (SignIn signIn : signIns) {
			Duty covered = pick(open, signIn, people);
			if (covered != null) {
				open.remove(covered);
				covers.add(new Cover(covered, signIn));
			}
		}
		return covers;
	}

	private static Duty pick(List<Duty> open, SignIn signIn, Map<String, Person> people) {
		Map<Boolean, Duty> firstBySameTeam = new LinkedHashMap<>();
		String team = teamOf(signIn.agentId(), people);
		for (Duty duty : open) {
			if (duty.date().equals(signIn.date()) && duty.shift() == signIn.shift()) {
				firstBySameTeam.putIfAbsent(Objects.equals(team, teamOf(duty.workerId(), people)), duty);
			}
		}
		return firstBySameTeam.getOrDefault(true, firstBySameTeam.get(false));
	}

	private static String teamOf(String agentId, Map<String, Person> people) {
		Person person = people.get(agentId);
		return person == null ? null : person.team();
	}

}
