package org.smartpick.app.web;

import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.Database;

/** What the web app needs: the catalog and the database it checks for health. */
public record WebDependencies(CatalogProvider catalog, Database database) {}
