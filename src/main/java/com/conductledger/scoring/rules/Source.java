package com.conductledger.scoring.rules;

/** The input row a fact came from: file, sheet (workbooks only) and row, as the user sees them. */
public record Source(String file, String sheet, int row) {

	public static Source of(String file, int row) {
		return new Source(file, null, row);
	}

	/** e.g. {@code roster.csv row 12} or {@code evaluations/qa.xlsx sheet 评估 row 7}. */
	@Override
	public String toString() {
		return sheet == null ? file + " row " + row : file + " sheet " + sheet + " row " + row;
	}

}
