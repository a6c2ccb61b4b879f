/** The month's outputs for people: the scorecard workbook, the PDF meeting packs, the payroll file. */
package com.conductledger.reporting;
