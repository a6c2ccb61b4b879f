/**
 * The PDF meeting packs (formats.md "Outputs"): JasperReports templates from {@code report-templates/},
 * filled page by page through a swap-file virtualizer so that a month of any size prints in bounded
 * memory.
 */
package com.conductledger.reporting.pdf;
