/**
 * The web interface: server-rendered pages and the matching JSON API under {@code /api}, one
 * sub-package per area (QA, data feeds, periods, payroll, administration); this package holds
 * what they share: the layout, errors, uploads and the period output folder.
 */
package com.conductledger.web;
