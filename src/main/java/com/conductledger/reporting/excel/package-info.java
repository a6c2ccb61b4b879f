/** The Excel outputs: the month's scorecard workbook, streamed, and the blank QA evaluation template. */
package com.conductledger.reporting.excel;
