/**
 * The JSON API under {@code /api/v1} and its OpenAPI document: recommendations, program search, specialties and the
 * admin catalog import. Translates HTTP to core records and back, and maps every error in one place to {@code
 * {"errors": [{"field", "message"}]}} with its status.
 */
package org.smartpick.app.web.api;
