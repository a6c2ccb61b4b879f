package com.conductledger.reporting.pdf;

import org.junit.jupiter.api.Test;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;

import static org.assertj.core.api.Assertions.assertThat;

class LeftToRightPhraseTests {

	@Test
	void chineseLatinDigitsAndPunctuationNeedNoReordering() {
		Phrase phrase = new Phrase();
		phrase.add(new Chunk("签到 11-02 08:05，晚于班次开始 08:00（第38条）"));
		phrase.add(new Chunk("signed in 11-02 08:05, after the shift start (Art. 38) · 王芳 A0001 -60.00"));

		assertThat(LeftToRightPhrase.needsReordering(phrase)).isFalse();
	}

	@Test
	void aHebrewOrArabicNameStillGoesThroughTheBidirectionalLayout() {
		assertThat(LeftToRightPhrase.needsReordering(new Phrase(new Chunk("王芳 דנה A0001")))).isTrue();
		assertThat(LeftToRightPhrase.needsReordering(new Phrase(new Chunk("ليلى")))).isTrue();
	}

}
