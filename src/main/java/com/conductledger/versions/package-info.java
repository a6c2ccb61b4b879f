/** Schedule versions: the penalty schedules a centre adopted, each in force from its period on, kept in the database. */
package com.conductledger.versions;
