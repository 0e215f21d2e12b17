/**
 * The recommendation as the edges use it: {@link org.smartpick.app.recommend.RecommendationService} checks a
 * profile against the current catalog and runs the core's recommender with the shipped model and policies, within a
 * concurrency limit and with the process's helper threads; plus the text and CSV reports.
 */
package org.smartpick.app.recommend;
