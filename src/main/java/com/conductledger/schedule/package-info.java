/** The penalty schedule: the numbers of rules.md as the centre configures them, loaded and checked. */
package com.conductledger.schedule;
