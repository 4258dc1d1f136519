/**
 * Open data: a round's records offered for download (the outcome report, the moderation log) as CSV that is safe to
 * open in a spreadsheet. Cells are RFC 4180 quoted by Apache Commons CSV; text a spreadsheet would run as a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe,
 * as OWASP advises against CSV injection. Numbers are written as numbers.
 */
package org.agora.opendata;
