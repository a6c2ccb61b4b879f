package com.conductledger.explain;

/** One reason of a ledger entry said in plain words, in Chinese and in English, with the article it applies. */
public record Sentence(String chinese, String english) {

	/** {@code 中文（第26条） / English (Art. 26)}. */
	@Override
	public String toString() {
		return chinese + " / " + english;
	}

}
