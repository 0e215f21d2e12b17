/**
 * The {@code smartpick} command line (picocli): {@code serve}, {@code recommend}, {@code model check|fit} and
 * {@code catalog import|stats|export}. Each command translates arguments and files to core records and back; bad
 * input is reported on stderr with exit code 2.
 */
package org.smartpick.app.cli;
