/**
 * The penalty schedule's rules as pure functions from facts to ledger entries, one small class per
 * rule citing its article. Imports nothing from Spring, Jakarta Persistence, POI or JasperReports
 * (enforced by {@code RulesArePureTests}).
 */
package com.conductledger.scoring.rules;
