/** The nightly run: ingest the inbox, close the period after its cut-off, rescore the open ones, write their reports. */
package com.conductledger.nightly;
