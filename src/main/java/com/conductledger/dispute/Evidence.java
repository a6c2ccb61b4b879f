package com.conductledger.dispute;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A dispute's evidence file: a PDF, PNG or JPEG of at most 5 MB, known by its first bytes (a name is
 * only a claim: a file called {@code .pdf} that is not one is refused), kept with its sha256.
 */
public record Evidence(String fileName, String contentType, byte[] content, String sha256) {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** Checks the upload; the refusal's message, or the evidence. */
	static Evidence of(String fileName, byte[] content) {
		String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.trim();
		if (content == null || content.length == 0) {
			throw DisputeRefused.badInput("证据文件为空 the evidence file " + name + " is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new DisputeRefused(DisputeRefused.Kind.TOO_LARGE, "证据文件过大 the evidence file " + name + " is "
					+ content.length + " bytes: at most 5 MB (" + MAX_BYTES + " bytes)");
		}
		String type = typeOf(content).orElseThrow(() -> DisputeRefused.badInput("证据文件类型不对 the evidence file " + name
				+ " is not a PDF, PNG or JPEG (by its content)"));
		String lower = name.toLowerCase(Locale.ROOT);
		boolean named = switch (type) {
			case "application/pdf" -> lower.endsWith(".pdf");
			case "image/png" -> lower.endsWith(".png");
			default -> lower.endsWith(".jpg") || lower.endsWith(".jpeg");
		};
		if (!named) {
			throw DisputeRefused.badInput("证据文件名与内容不符 the evidence file " + name + " holds a " + type
					+ " but its name says otherwise: name it .pdf, .png or .jpg as it is");
		}
		return new Evidence(name, type, content, sha256(content));
	}

	private static Optional<String> typeOf(byte[] content) {
		if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (starts(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
