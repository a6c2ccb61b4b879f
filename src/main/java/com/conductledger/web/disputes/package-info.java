/** Disputes and notices on the web: the JSON API (and, for the pages, the disputes list and a dispute). */
package com.conductledger.web.disputes;
