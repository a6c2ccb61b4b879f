package com.conductledger.web;

import java.util.Locale;

/** Makes an uploaded file's name safe to keep and show: no folders, no control or shell characters. */
public final class UploadNames {

	private static final int MAX_LENGTH = 120;

	private UploadNames() {
	}

	/** The last path segment, with anything but letters, digits, {@code . _ - ( )} and spaces made {@code _}. */
	public static String sanitise(String original) {
		String name = original == null ? "" : original.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[^\\p{L}\\p{N}._() -]", "_").replaceAll("^[. ]+", "").strip();
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return name.isEmpty() ? "upload" : name;
	}

	public static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
	}

}
