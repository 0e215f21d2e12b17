/**
 * Reading program data into the catalog: the shipped catalog joined from the CSV files under {@code /data/}, the
 * FREIDA, ERAS, ACGME and program-facts CSV readers, the JSON catalog format, and the all-or-nothing import that
 * merges sources (newest value kept, disagreements recorded) or lists every problem with its line and column.
 */
package org.smartpick.app.importing;
