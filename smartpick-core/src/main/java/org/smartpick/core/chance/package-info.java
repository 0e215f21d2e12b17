/**
 * The per-program chance model: logit P(interview) is a baseline for the specialty and applicant type plus one
 * contribution per {@link org.smartpick.core.chance.Factor}, and P(match) is P(interview) times P(match |
 * interview) of the specialty family. Every number comes from the versioned {@link
 * org.smartpick.core.chance.ModelParameters}; {@link org.smartpick.core.chance.Calibration} fits rho and the
 * baselines to the NRMP outcomes and {@link org.smartpick.core.chance.ModelCheck} recomputes every NRMP cell
 * against them. Each estimate carries the contributions that produced it and a range.
 */
package org.smartpick.core.chance;
