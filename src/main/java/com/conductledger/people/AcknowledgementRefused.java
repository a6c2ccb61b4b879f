package com.conductledger.people;

/** An acknowledgement that cannot be made: by someone other than the evaluated agent, or a second time. */
public class AcknowledgementRefused extends RuntimeException {

	public enum Kind {
		/** The caller sees the evaluation but is not the agent it evaluates. */
		NOT_THE_AGENT,
		/** The evaluation is acknowledged already. */
		ALREADY
	}

	private final Kind kind;

	AcknowledgementRefused(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

}
