package com.conductledger.lease;

import java.time.Duration;
import java.util.function.Consumer;

/** How long a task waits for the run lease, and whom it tells that it waits. */
public record LeaseWait(Duration limit, Consumer<String> waiting) {

	/** Not at all: a web task is refused at once when the lease is held. */
	public static final LeaseWait NONE = new LeaseWait(Duration.ZERO, message -> {
	});

}
