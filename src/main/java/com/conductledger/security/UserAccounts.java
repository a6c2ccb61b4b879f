package com.conductledger.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.conductledger.security.UserAccountException.Kind;

/**
 * Creates users, resets their passwords and disables them; passwords follow {@link PasswordPolicy}
 * and are stored as bcrypt hashes only. Disabling and resetting announce {@link AccessRevoked}.
 */
@Service
public class UserAccounts {

	private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,64}");

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy = PasswordPolicy.bundled();

	private final ApplicationEventPublisher events;

	private final KnownPersons persons;

	private final OneTimePasswords oneTimePasswords = new OneTimePasswords();

	UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			KnownPersons persons) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.persons = persons;
	}

	public List<UserView> list() {
		return users.findAllByOrderByUsername().stream().map(UserView::of).toList();
	}

	/** The display names of these users, by user name (a user not found is left out). */
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		users.findAllById(new HashSet<>(usernames)).forEach(user -> names.put(user.getUsername(), user.getDisplayName()));
		return names;
	}

	public long count() {
		return users.count();
	}

	@Transactional
	public UserView create(String username, String displayName, String password, Set<LedgerRole> roles) {
		return create(username, displayName, password, roles, null);
	}

	/** A user ready to sign in with the password given; {@code personId} is required for AGENT and TEAM_LEAD. */
	@Transactional
	public UserView create(String username, String displayName, String password, Set<LedgerRole> roles,
			String personId) {
		return UserView.of(users.save(newUser(username, displayName, password, roles, personId, false)));
	}

	/**
	 * A user with a one-time password, which they must change at their first login; the password
	 * is returned this once (only its hash is kept).
	 */
	@Transactional
	public OneTimeAccount createWithOneTimePassword(String username, String displayName, Set<LedgerRole> roles,
			String personId) {
		String name = normalise(username);
		String password = oneTimePasswords.next();
		while (policy.problem(password, name).isPresent()) {
			password = oneTimePasswords.next();
		}
		return new OneTimeAccount(UserView.of(users.save(newUser(name, displayName, password, roles, personId, true))),
				password);
	}

	private AppUser newUser(String username, String displayName, String password, Set<LedgerRole> roles,
			String personId, boolean oneTime) {
		String name = normalise(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new UserAccountException(Kind.INVALID,
					"用户名 username: 2-64 letters, digits, '.', '_' or '-', got '" + username + "'");
		}
		if (roles == null || roles.isEmpty()) {
			throw new UserAccountException(Kind.INVALID, "角色 roles: give the user at least one role");
		}
		checkPassword(password, name);
		String person = checkLink(roles, personId, name);
		if (users.existsById(name)) {
			throw new UserAccountException(Kind.CONFLICT, "用户已存在 user '" + name + "' already exists");
		}
		String shownName = displayName == null || displayName.isBlank() ? name : displayName.trim();
		if (shownName.length() > 100) {
			throw new UserAccountException(Kind.INVALID, "姓名 display name: at most 100 characters");
		}
		return new AppUser(name, passwordEncoder.encode(password), shownName, roles, person, oneTime);
	}

	/**
	 * The user's own new password, after the current one (the one-time password at the first
	 * login): the forced change is then done. Their other sessions end (the password they hold is
	 * no longer it); the caller signs the current session in again.
	 */
	@Transactional
	public UserView changeOwnPassword(String username, String currentPassword, String newPassword) {
		AppUser user = find(username);
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new UserAccountException(Kind.INVALID, "当前密码不正确 the current password is not right");
		}
		checkPassword(newPassword, user.getUsername());
		if (newPassword.equals(currentPassword)) {
			throw new UserAccountException(Kind.INVALID, "新密码不能与当前密码相同 choose a password other than the current one");
		}
		user.choosePassword(passwordEncoder.encode(newPassword));
		return UserView.of(users.save(user));
	}

	/**
	 * Sets a user's roles and the person they are linked to (null or blank: none, refused for AGENT
	 * and TEAM_LEAD); their open sessions end, so the new roles count from their next login. An
	 * administrator cannot take the ADMIN role from themselves.
	 */
	@Transactional
	public UserView edit(String username, Set<LedgerRole> roles, String personId, String actingUser) {
		AppUser user = find(username);
		if (roles == null || roles.isEmpty()) {
			throw new UserAccountException(Kind.INVALID, "角色 roles: give the user at least one role");
		}
		if (user.getUsername().equals(normalise(actingUser)) && user.roles().contains(LedgerRole.ADMIN)
				&& !roles.contains(LedgerRole.ADMIN)) {
			throw new UserAccountException(Kind.CONFLICT, "不能取消自己的管理员角色 you cannot take the ADMIN role from yourself");
		}
		user.setPersonId(checkLink(roles, personId, user.getUsername()));
		user.setRoles(roles);
		UserView saved = UserView.of(users.save(user));
		events.publishEvent(new AccessRevoked(user.getUsername()));
		return saved;
	}

	/** The person the user is linked to, if any. */
	public java.util.Optional<String> personOf(String username) {
		return users.findById(normalise(username)).map(AppUser::getPersonId);
	}

	/** Whether the user signed in with a one-time password that they have not changed yet. */
	public boolean mustChangePassword(String username) {
		return users.findById(normalise(username)).map(AppUser::mustChangePassword).orElse(false);
	}

	/** Whether some user is linked to the person. */
	public boolean hasAccount(String personId) {
		return !users.findByPersonId(personId).isEmpty();
	}

	/** The link as it will be stored: checked to be a known person, not another user's, and present where the roles need it. */
	private String checkLink(Set<LedgerRole> roles, String personId, String username) {
		String person = personId == null || personId.isBlank() ? null : personId.trim();
		boolean needed = roles.contains(LedgerRole.AGENT) || roles.contains(LedgerRole.TEAM_LEAD);
		if (person == null) {
			if (needed) {
				throw new UserAccountException(Kind.INVALID,
						"人员 personId: an AGENT or TEAM_LEAD user must be linked to a person of agents.csv, e.g. \"A0001\"");
			}
			return null;
		}
		if (person.length() > 32 || !persons.exists(person)) {
			throw new UserAccountException(Kind.INVALID, "人员 personId: no person '" + person + "' in agents.csv");
		}
		for (AppUser other : users.findByPersonId(person)) {
			if (!other.getUsername().equals(username)) {
				throw new UserAccountException(Kind.CONFLICT,
						"人员已有账户 person '" + person + "' is already linked to user '" + other.getUsername() + "'");
			}
		}
		return person;
	}

	/** Sets a new password and ends the user's open sessions, so that whoever held the old one is out. */
	@Transactional
	public UserView resetPassword(String username, String password) {
		AppUser user = find(username);
		checkPassword(password, user.getUsername());
		user.changePassword(passwordEncoder.encode(password));
		UserView saved = UserView.of(users.save(user));
		events.publishEvent(new AccessRevoked(user.getUsername()));
		return saved;
	}

	/**
	 * Disables a user and ends their open sessions; nobody can disable themselves (so that an
	 * administrator cannot lock everyone out).
	 */
	@Transactional
	public UserView disable(String username, String actingUser) {
		AppUser user = find(username);
		if (user.getUsername().equals(normalise(actingUser))) {
			throw new UserAccountException(Kind.CONFLICT, "不能停用自己 you cannot disable your own account");
		}
		user.setEnabled(false);
		UserView saved = UserView.of(users.save(user));
		events.publishEvent(new AccessRevoked(user.getUsername()));
		return saved;
	}

	@Transactional
	public UserView enable(String username) {
		AppUser user = find(username);
		user.setEnabled(true);
		return UserView.of(users.save(user));
	}

	private AppUser find(String username) {
		return users.findById(normalise(username))
			.orElseThrow(() -> new UserAccountException(Kind.NOT_FOUND, "没有此用户 no user '" + username + "'"));
	}

	private void checkPassword(String password, String username) {
		policy.problem(password, username).ifPresent(problem -> {
			throw new UserAccountException(Kind.INVALID, problem);
		});
	}

	private static String normalise(String username) {
		return String.valueOf(username).trim().toLowerCase(Locale.ROOT);
	}

}
