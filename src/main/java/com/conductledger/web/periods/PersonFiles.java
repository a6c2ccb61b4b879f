package com.conductledger.web.periods;

/** A person id made safe for a download's file name. */
final class PersonFiles {

	private PersonFiles() {
	}

	static String safe(String personId) {
		return personId.replaceAll("[^\\p{L}\\p{N}_-]", "_");
	}

}
