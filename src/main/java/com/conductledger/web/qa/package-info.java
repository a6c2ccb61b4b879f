/** QA staff's pages: upload evaluation workbooks, see every rejected row, download the blank template. */
package com.conductledger.web.qa;
