/**
 * The one Jackson configuration SmartPick uses, and the writers for the program results and excluded programs that
 * fill most of a recommendation's JSON; each writes the same bytes Jackson would write for the record, which the
 * tests check.
 */
package org.smartpick.app.json;
