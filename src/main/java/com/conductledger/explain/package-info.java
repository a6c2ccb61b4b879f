/**
 * Plain explanations of ledger entries and the names of tiers, categories, rules, roles and shifts,
 * in Chinese and in English, for every medium (web, PDF, workbook); pure.
 */
package com.conductledger.explain;
