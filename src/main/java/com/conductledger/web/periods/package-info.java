/** Managers' pages: the periods and their state, report downloads, each person's scorecard and ledger entries. */
package com.conductledger.web.periods;
