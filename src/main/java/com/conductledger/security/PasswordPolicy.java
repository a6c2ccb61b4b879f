package com.conductledger.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new or reset password must be: at least 12 characters, at most 72 bytes (bcrypt reads no
 * more), not the user name nor containing it, and not one of the bundled common passwords. A pure
 * function of the password and the user name, so that the rule reads in one place.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	/** bcrypt reads at most 72 bytes of a password. */
	static final int MAX_BYTES = 72;

	/** A user name shorter than this is not looked for inside the password (two letters occur in many words). */
	static final int MIN_NAME_TO_SEARCH = 3;

	static final String COMMON_PASSWORDS = "security/common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy(Set<String> common) {
		this.common = common.stream().map(password -> password.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

	/** The policy with the list of common passwords bundled in the application. */
	static PasswordPolicy bundled() {
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application");
			}
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				return new PasswordPolicy(reader.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.collect(Collectors.toSet()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Why the password may not be used by this user, or empty when it may. */
	Optional<String> problem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("密码 password: at least " + MIN_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("密码 password: at most " + MAX_BYTES + " bytes (bcrypt ignores the rest)");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = String.valueOf(username).strip().toLowerCase(Locale.ROOT);
		if (lower.equals(name) || (name.length() >= MIN_NAME_TO_SEARCH && lower.contains(name))) {
			return Optional.of("密码 password: must not be or contain the user name");
		}
		if (common.contains(lower)) {
			return Optional.of("密码 password: this is one of the most common passwords; choose another");
		}
		return Optional.empty();
	}

}
