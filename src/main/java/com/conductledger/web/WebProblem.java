package com.conductledger.web;

import org.springframework.http.HttpStatus;

/** A request that cannot be served, with the status and a message the user can act on (never a stack trace). */
public class WebProblem extends RuntimeException {

	private final HttpStatus status;

	public WebProblem(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	public static WebProblem notFound(String message) {
		return new WebProblem(HttpStatus.NOT_FOUND, message);
	}

	public static WebProblem badRequest(String message) {
		return new WebProblem(HttpStatus.BAD_REQUEST, message);
	}

	public static WebProblem conflict(String message) {
		return new WebProblem(HttpStatus.CONFLICT, message);
	}

	public HttpStatus status() {
		return status;
	}

}
