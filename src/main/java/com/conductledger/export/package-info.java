/** Files written for people and other systems: CSV that spreadsheets open safely and payroll can diff. */
package com.conductledger.export;
