package com.conductledger.schedule;

import java.math.BigDecimal;

/** One item of the QA evaluation form and its maximum score (rules.md 6). */
public record QaItem(String name, BigDecimal maximum) {
}
