/** Payroll's page: the payroll file and manifest of closed (FINAL) periods, and only of those. */
package com.conductledger.web.payroll;
