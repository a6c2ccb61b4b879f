/** Streams the first sheet of an uploaded .xlsx workbook as {@link com.conductledger.ingest.RawRow}s, without loading the workbook. */
package com.conductledger.ingest.xlsx;
