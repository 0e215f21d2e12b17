/**
 * The chance of at least one match over a whole list: outcomes at different programs share one latent normal factor
 * (a one-factor Gaussian copula), integrated by Gauss-Hermite quadrature, so correlated outcomes are not counted as
 * independent. Holds the normal distribution, the quadrature and the log-miss table the optimizer's inner loops
 * read.
 */
package org.smartpick.core.portfolio;
