package com.conductledger.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who signs in to the web interface, with a bcrypt password hash and roles. */
@Entity
@Table(name = "app_user")
public class AppUser {

	@Id
	@Column(length = 64)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(nullable = false)
	private boolean enabled;

	@Column(nullable = false, length = 100)
	private String roles;

	/** The person of agents.csv this user is ({@code person.agent_id}); AGENT and TEAM_LEAD users must have one. */
	@Column(name = "person_id", length = 32)
	private String personId;

	/** Set on an account created with a one-time password: every request leads to the password page until it is changed. */
	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	protected AppUser() {
	}

	AppUser(String username, String passwordHash, String displayName, Set<LedgerRole> roles, String personId,
			boolean mustChangePassword) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.enabled = true;
		this.roles = LedgerRole.format(roles);
		this.personId = personId;
		this.mustChangePassword = mustChangePassword;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Set<LedgerRole> roles() {
		return LedgerRole.parse(roles);
	}

	public String getPersonId() {
		return personId;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/**
	 * A short fingerprint of the password hash, kept in the signed-in session: when the password
	 * is reset the fingerprint changes, so a session opened with the old password is recognised.
	 */
	String credentialStamp() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	void changePassword(String hash) {
		this.passwordHash = hash;
	}

	/** A password the user chose themselves: the one-time password is gone, the account is ready. */
	void choosePassword(String hash) {
		this.passwordHash = hash;
		this.mustChangePassword = false;
	}

	void setPersonId(String personId) {
		this.personId = personId;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setRoles(Set<LedgerRole> roles) {
		this.roles = LedgerRole.format(roles);
	}

}
