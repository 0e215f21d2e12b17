/**
 * The SmartPick application: {@link org.smartpick.app.Main} reads the environment and runs the command line, and is
 * the only place that builds infrastructure. The subpackages are the edges around the pure core: the CLI, the web
 * app and JSON API, the database store, the catalog importers and the JSON mapping.
 */
package org.smartpick.app;
