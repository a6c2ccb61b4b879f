package com.conductledger.lease;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessIdentityTests {

	@Test
	void anIdentityIsReadBackFromTheOwnerTextItStarts() {
		ProcessIdentity current = ProcessIdentity.current();

		assertThat(ProcessIdentity.parse(current + " 1a2b3c4d run 2026-11")).contains(current);
		assertThat(ProcessIdentity.parse("nightly-instance-a")).isEmpty();
		assertThat(ProcessIdentity.parse("host/notapid/1")).isEmpty();
		assertThat(ProcessIdentity.parse(null)).isEmpty();
	}

	@Test
	void thisProcessIsAliveAndAPidThatDoesNotRunIsDead() {
		ProcessIdentity current = ProcessIdentity.current();

		assertThat(current.isDeadOnThisHost()).isFalse();
		assertThat(new ProcessIdentity(current.host(), Long.MAX_VALUE / 2, current.startMillis()).isDeadOnThisHost())
			.isTrue();
	}

	@Test
	void aReusedPidWithAnotherStartTimeIsNotTheHolder() {
		ProcessIdentity current = ProcessIdentity.current();

		assertThat(new ProcessIdentity(current.host(), current.pid(), current.startMillis() - 60_000).isDeadOnThisHost())
			.isTrue();
	}

	@Test
	void aProcessOnAnotherHostIsNeverDeclaredDeadFromHere() {
		assertThat(new ProcessIdentity("another-host", Long.MAX_VALUE / 2, 1L).isDeadOnThisHost()).isFalse();
	}

}
