package com.conductledger.security;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = PasswordPolicy.bundled();

	@Test
	void aLongUncommonPasswordIsAccepted() {
		assertThat(policy.problem("violet-harbour-lantern", "wang.fang")).isEmpty();
	}

	@Test
	void eightDigitsAreTooShort() {
		assertThat(policy.problem("12345678", "admin")).hasValueSatisfying(
				problem -> assertThat(problem).contains("at least 12 characters"));
	}

	@Test
	void elevenCharactersAreTooShortAndTwelveAreEnough() {
		assertThat(policy.problem("kj8#mQ2!vLp", "admin")).isPresent();
		assertThat(policy.problem("kj8#mQ2!vLpz", "admin")).isEmpty();
	}

	@Test
	void lengthCountsCharactersNotBytes() {
		assertThat(policy.problem("行为积分台账的密码很长", "admin")).isPresent();
		assertThat(policy.problem("行为积分台账的密码很长很长", "admin")).isEmpty();
	}

	@Test
	void moreThanSeventyTwoBytesAreRefusedBecauseBcryptIgnoresTheRest() {
		assertThat(policy.problem("密".repeat(25), "admin")).hasValueSatisfying(
				problem -> assertThat(problem).contains("72 bytes"));
	}

	@Test
	void thePasswordMayNotBeTheUserNameInAnyCase() {
		assertThat(policy.problem("Administrator", "administrator")).hasValueSatisfying(
				problem -> assertThat(problem).contains("user name"));
	}

	@Test
	void thePasswordMayNotContainTheUserName() {
		assertThat(policy.problem("my-Wang.Fang-2026", "wang.fang")).hasValueSatisfying(
				problem -> assertThat(problem).contains("user name"));
	}

	@Test
	void aTwoLetterUserNameInsideAPasswordIsNoProblem() {
		assertThat(policy.problem("violet-harbour-lantern", "li")).isEmpty();
	}

	@Test
	void theBundledCommonPasswordsAreRefusedInAnyCase() {
		assertThat(policy.problem("123456789012", "admin")).hasValueSatisfying(
				problem -> assertThat(problem).contains("common"));
		assertThat(policy.problem("Password1234", "admin")).isPresent();
		assertThat(policy.problem("QWERTYUIOP12", "admin")).isPresent();
	}

	@Test
	void theListGivenIsWhatCountsAsCommon() {
		PasswordPolicy ownList = new PasswordPolicy(Set.of("Violet-Harbour-Lantern"));

		assertThat(ownList.problem("violet-harbour-lantern", "admin")).isPresent();
		assertThat(ownList.problem("123456789012", "admin")).isEmpty();
	}

}
