package com.conductledger.web.periods;

import java.time.LocalDateTime;

import com.conductledger.progress.Progress;

/**
 * A rescore or a close a manager started, running in the background: who started it, how far it
 * has come, and how it ended.
 */
final class PeriodTask {

	enum Kind {
		RESCORE("重新评分 Rescore"), CLOSE("定稿 Close");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}
	}

	enum State {
		RUNNING, DONE, FAILED
	}

	private final Kind kind;

	private final String period;

	private final String startedBy;

	private final LocalDateTime startedAt;

	private final Progress progress = new Progress();

	private volatile State state = State.RUNNING;

	private volatile String message;

	private volatile LocalDateTime finishedAt;

	PeriodTask(Kind kind, String period, String startedBy, LocalDateTime startedAt) {
		this.kind = kind;
		this.period = period;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		progress.phase("Waiting", "", 0);
	}

	Progress progress() {
		return progress;
	}

	String period() {
		return period;
	}

	boolean running() {
		return state == State.RUNNING;
	}

	void done(String outcome, LocalDateTime at) {
		message = outcome;
		finishedAt = at;
		state = State.DONE;
	}

	void failed(String reason, LocalDateTime at) {
		message = reason;
		finishedAt = at;
		state = State.FAILED;
	}

	/** What the page and the API show of it. */
	TaskView view() {
		Progress.Snapshot now = progress.snapshot();
		return new TaskView(kind, kind.label(), period, state, running() ? now.describe() : message,
				state == State.DONE ? 100 : now.percent(), startedBy, startedAt, finishedAt);
	}

	/** A task as JSON and for the page's progress bar; {@code percent} is -1 while the total is not known. */
	record TaskView(Kind kind, String label, String period, State state, String status, int percent, String startedBy,
			LocalDateTime startedAt, LocalDateTime finishedAt) {
	}

}
