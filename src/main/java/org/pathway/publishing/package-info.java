/**
 * Publishing frameworks while the service runs: an admin uploads a CASE package or spreadsheet template, which becomes
 * a draft with its problems and outline; a draft without problems is published into the catalogues and stored, so a
 * restart keeps it over the shipped datasets. Every upload and publication is audited.
 */
package org.pathway.publishing;
