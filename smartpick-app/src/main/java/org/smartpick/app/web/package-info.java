/**
 * The web app (Javalin): {@link org.smartpick.app.web.WebApp} puts the security rules in front of the JSON API, the
 * health check and the HTML pages.
 */
package org.smartpick.app.web;
