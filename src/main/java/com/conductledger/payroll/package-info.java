/** The payroll import file and its manifest (formats.md): what payroll takes from a period. */
package com.conductledger.payroll;
