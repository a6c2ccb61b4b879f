/** The data feeds page: upload the centre's CSV files (roster, attendance, leave, swaps, breaks, agents, holidays). */
package com.conductledger.web.feeds;
