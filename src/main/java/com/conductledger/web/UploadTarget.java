package com.conductledger.web;

import com.conductledger.ingest.InputKind;

/**
 * What a page makes of an uploaded file's (sanitised) name: the name to ingest it under and its
 * kind, or why it is not taken there.
 */
public record UploadTarget(String name, InputKind kind, String refusal) {

	public static UploadTarget of(String name, InputKind kind) {
		return new UploadTarget(name, kind, null);
	}

	public static UploadTarget refused(String name, String reason) {
		return new UploadTarget(name, null, reason);
	}

}
