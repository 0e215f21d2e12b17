/**
 * The server's safety in front of every route: security headers, a per-client token-bucket rate limit, request-size
 * caps, and the admin token that enables catalog imports over HTTP.
 */
package org.smartpick.app.web.security;
