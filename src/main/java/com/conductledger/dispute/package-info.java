/** Disputes (people.md): a person questions a ledger entry or an evaluation, the right role answers, the ledger is corrected, the trail kept. */
package com.conductledger.dispute;
