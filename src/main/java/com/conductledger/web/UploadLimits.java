package com.conductledger.web;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.env.Environment;

/**
 * The upload limits of {@code spring.servlet.multipart.*}, and the message that says them to a
 * user. Read from the environment, so that the error handling has them in every context,
 * including a controller test without Boot's multipart configuration.
 */
final class UploadLimits {

	private final MultipartProperties multipart;

	private UploadLimits(MultipartProperties multipart) {
		this.multipart = multipart;
	}

	static UploadLimits of(Environment environment) {
		return new UploadLimits(Binder.get(environment)
			.bind("spring.servlet.multipart", MultipartProperties.class)
			.orElseGet(MultipartProperties::new));
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
