package com.conductledger.schedule;

/** How the payroll manifest and the workbook's Rules sheet name the schedule version a period was scored with. */
public record VersionName(int number, String title, String effectiveFrom, String sha256) {
}
