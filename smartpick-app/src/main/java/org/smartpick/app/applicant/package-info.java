/**
 * Translates the profile JSON format (see {@code examples/}) into the core's {@link
 * org.smartpick.core.applicant.Profile}, collecting every field of the wrong type or unknown name with its path;
 * the semantic checks stay in the core.
 */
package org.smartpick.app.applicant;
