package com.conductledger.explain;

/** A name in Chinese and in English; shown as {@code 奖励 Reward}, Chinese first, as every label of the product. */
public record Label(String chinese, String english) {

	@Override
	public String toString() {
		return chinese + " " + english;
	}

}
