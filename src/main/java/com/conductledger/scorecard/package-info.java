/** The monthly scorecard (rules.md 7): QA average, deductions, final score, rank, tier and money; pure. */
package com.conductledger.scorecard;
