package com.conductledger.security;

import java.util.List;
import java.util.Locale;
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

	UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	public List<UserView> list() {
		return users.findAllByOrderByUsername().stream().map(UserView::of).toList();
	}

	public long count() {
		return users.count();
	}

	@Transactional
	public UserView create(String username, String displayName, String password, Set<LedgerRole> roles) {
		String name = normalise(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new UserAccountException(Kind.INVALID,
					"用户名 username: 2-64 letters, digits, '.', '_' or '-', got '" + username + "'");
		}
		if (roles == null || roles.isEmpty()) {
			throw new UserAccountException(Kind.INVALID, "角色 roles: give the user at least one role");
		}
		checkPassword(password, name);
		if (users.existsById(name)) {
			throw new UserAccountException(Kind.CONFLICT, "用户已存在 user '" + name + "' already exists");
		}
		String shownName = displayName == null || displayName.isBlank() ? name : displayName.trim();
		if (shownName.length() > 100) {
			throw new UserAccountException(Kind.INVALID, "姓名 display name: at most 100 characters");
		}
		return UserView.of(users.save(new AppUser(name, passwordEncoder.encode(password), shownName, roles)));
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
