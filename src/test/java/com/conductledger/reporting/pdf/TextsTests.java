package com.conductledger.reporting.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTests {

	@Test
	void moneyHasTwoDecimalsAndGroupedThousands() {
		assertThat(Texts.money(new BigDecimal("1075790"))).isEqualTo("1,075,790.00");
		assertThat(Texts.money(new BigDecimal("-1234.565"))).isEqualTo("-1,234.57");
		assertThat(Texts.money(new BigDecimal("999.995"))).isEqualTo("1,000.00");
		assertThat(Texts.money(new BigDecimal("-0.004"))).isEqualTo("0.00");
		assertThat(Texts.money(new BigDecimal("100"))).isEqualTo("100.00");
		assertThat(Texts.money(null)).isEqualTo(Texts.NONE);
	}

	@Test
	void moneySaysWhatFormatsGroupedTwoDecimalsSays() {
		Random random = new Random(20261202);
		for (int i = 0; i < 20_000; i++) {
			BigDecimal value = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(5));
			String expected = String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));

			assertThat(Texts.money(value)).as("%s", value).isEqualTo(expected);
		}
	}

}
