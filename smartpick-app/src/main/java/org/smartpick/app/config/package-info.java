/**
 * The settings SmartPick reads from its environment: where it keeps its data and how it reaches its database
 * (PostgreSQL when a URL is given, otherwise an H2 file database under the home directory).
 */
package org.smartpick.app.config;
