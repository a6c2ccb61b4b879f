package com.conductledger.web;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;

/** The upload limits of {@code spring.servlet.multipart.*}, and the message that says them to a user. */
@Component
class UploadLimits {

	private final MultipartProperties multipart;

	UploadLimits(MultipartProperties multipart) {
		this.multipart = multipart;
	}

	/** The largest request body a multipart upload may have, in bytes (negative: no limit). */
	long maxRequestBytes() {
		return multipart.getMaxRequestSize().toBytes();
	}

	String tooLarge() {
		return "文件太大 the upload is too large: at most " + multipart.getMaxFileSize().toMegabytes() + " MB a file and "
				+ multipart.getMaxRequestSize().toMegabytes() + " MB in all; split it and upload the parts";
	}

}
