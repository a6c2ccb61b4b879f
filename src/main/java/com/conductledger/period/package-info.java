/** Scoring periods: which shift dates a month holds, given the cut-off day. */
package com.conductledger.period;
