/**
 * The catalog in a database: Flyway migrations, the Jdbi store shared by H2 and PostgreSQL, and the provider that
 * serves the stored catalog from memory and reloads it when another writer changes its version.
 */
package org.smartpick.app.store;
