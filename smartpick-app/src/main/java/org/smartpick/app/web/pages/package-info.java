/**
 * The HTML pages (precompiled jte templates): the profile form whose inputs are named by the profile's JSON field
 * paths, the results with tiers, chart, what-ifs and exports, saved links, and the catalog and data pages. Nothing
 * about the applicant is stored or logged unless they press Save.
 */
package org.smartpick.app.web.pages;
