package com.conductledger.security;

import java.security.SecureRandom;

/**
 * One-time passwords for accounts created in bulk: four groups of four letters and digits
 * (without the look-alikes 0/O, 1/l/I), about 90 bits from a {@link SecureRandom}.
 */
final class OneTimePasswords {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	String next() {
		StringBuilder password = new StringBuilder(19);
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
