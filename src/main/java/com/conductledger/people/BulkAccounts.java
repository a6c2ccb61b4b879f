package com.conductledger.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.conductledger.security.LedgerRole;
import com.conductledger.security.OneTimeAccount;
import com.conductledger.security.UserAccountException;
import com.conductledger.security.UserAccounts;

/**
 * One account for each person of agents.csv who has none: user name the person's id in lower
 * case, the person's name, the role from theirs ({@link AccountRoles}), linked to the person, and a
 * one-time password that is shown once to the administrator and must be changed at the first login.
 * A person who already has an account, or whose id is already a user name, is skipped with the reason.
 */
@Service
public class BulkAccounts {

	private final PeopleDirectory people;

	private final UserAccounts accounts;

	BulkAccounts(PeopleDirectory people, UserAccounts accounts) {
		this.people = people;
		this.accounts = accounts;
	}

	public Result createForEveryone() {
		List<Created> created = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		for (PersonRecord person : people.all()) {
			Optional<LedgerRole> role = AccountRoles.of(person.role());
			if (role.isEmpty()) {
				skipped.add(new Skipped(person.id(), "角色无对应 no account role for the role '" + person.role() + "'"));
				continue;
			}
			if (accounts.hasAccount(person.id())) {
				skipped.add(new Skipped(person.id(), "已有账户 already has an account"));
				continue;
			}
			String username = person.id().toLowerCase(Locale.ROOT);
			try {
				OneTimeAccount account = accounts.createWithOneTimePassword(username, person.name(),
						EnumSet.of(role.get()), person.id());
				created.add(new Created(person.id(), person.name(), person.team(), account.user().username(),
						role.get(), account.oneTimePassword()));
			}
			catch (UserAccountException ex) {
				skipped.add(new Skipped(person.id(), ex.getMessage()));
			}
		}
		return new Result(created, skipped);
	}

	/** What one bulk creation did; the one-time passwords are in it and nowhere else. */
	public record Result(List<Created> created, List<Skipped> skipped) {
	}

	public record Created(String personId, String name, String team, String username, LedgerRole role,
			String oneTimePassword) {
	}

	public record Skipped(String personId, String reason) {
	}

}
