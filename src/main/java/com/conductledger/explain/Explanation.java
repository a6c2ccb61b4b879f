package com.conductledger.explain;

import java.util.List;
import java.util.stream.Collectors;

/** Why a ledger entry was charged: one sentence per reason, in Chinese and in English. */
public record Explanation(List<Sentence> sentences) {

	public Explanation {
		sentences = List.copyOf(sentences);
	}

	/** The Chinese sentences, one after the other. */
	public String chinese() {
		return sentences.stream().map(Sentence::chinese).collect(Collectors.joining("；"));
	}

	/** The English sentences, one after the other. */
	public String english() {
		return sentences.stream().map(Sentence::english).collect(Collectors.joining("; "));
	}

	/** The Chinese line, then the English line: what the PDF page and the workbook show. */
	public String text() {
		return chinese() + "\n" + english();
	}

}
