/** What-if scoring: a period's facts scored in memory under a proposed schedule beside the version in force, nothing stored. */
package com.conductledger.whatif;
