package com.conductledger.progress;

import org.springframework.stereotype.Component;

/**
 * The progress of the long work this process is doing now. Only one piece runs at a time (the
 * command line, the nightly run and the web's tasks take the same lease), so one slot is enough:
 * workers report to {@link #current()}, which ignores the reports when nobody watches.
 */
@Component
public class ProgressBoard {

	private volatile Progress current = Progress.IGNORED;

	/** Begins watched work; its reports go to the returned progress until {@link #end}. */
	public Progress begin() {
		return begin(new Progress());
	}

	/** Begins watched work reporting to {@code progress} until {@link #end}. */
	public Progress begin(Progress progress) {
		current = progress;
		return progress;
	}

	public void end(Progress progress) {
		if (current == progress) {
			current = Progress.IGNORED;
		}
	}

	public Progress current() {
		return current;
	}

}
