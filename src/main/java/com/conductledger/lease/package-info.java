/** One run at a time on a database (the run lease), and recovery of the work a dead process left. */
package com.conductledger.lease;
