/** The what-if page and API: a proposed schedule uploaded, a period scored in memory under it beside the version in force. */
package com.conductledger.web.whatif;
