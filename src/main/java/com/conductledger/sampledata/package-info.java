/** Writes a deterministic, realistic month of centre input files (the shipped sample-data and load tests). */
package com.conductledger.sampledata;
