/** Validation of input rows, one parser per kind of file: a valid row becomes facts, a bad one names its problems. */
package com.conductledger.ingest.parse;
