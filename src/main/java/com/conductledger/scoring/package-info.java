/** Scoring: the pure rules ({@code rules}) and the nightly job that feeds them from the database and keeps the ledger. */
package com.conductledger.scoring;
