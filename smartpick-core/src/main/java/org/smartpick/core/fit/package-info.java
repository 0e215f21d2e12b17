/**
 * Fitting the chance model to an advisor's own outcome data ({@code smartpick model fit}): the outcome CSV format,
 * the factor values computed by the chance model itself, L2-penalised logistic regression, probability scores on a
 * held-out split (Brier with Murphy's decomposition, log loss, reliability table), and a seeded generator of
 * SYNTHETIC outcomes to try it with.
 */
package org.smartpick.core.fit;
