/** The months before a period, as their reports showed them: the trends, team lines and the most improved of the meeting. */
package com.conductledger.history;
