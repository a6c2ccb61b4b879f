/** How far long work has come (ingest, scoring, reports), for the console and the web's progress bar. */
package com.conductledger.progress;
