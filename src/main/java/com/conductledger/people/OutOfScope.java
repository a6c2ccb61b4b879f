package com.conductledger.people;

/**
 * A person, or a thing of a person, outside the caller's scope: answered 404 with the same words
 * as a thing that does not exist, so that the answer does not tell that it exists.
 */
public class OutOfScope extends RuntimeException {

	public OutOfScope(String message) {
		super(message);
	}

	/** The message for a person's page, file or evaluation that is not found or not the caller's to see. */
	public static OutOfScope person(String personId) {
		return new OutOfScope("没有此人 no person '" + personId + "' here");
	}

}
