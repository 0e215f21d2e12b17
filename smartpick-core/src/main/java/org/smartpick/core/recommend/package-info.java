/**
 * The whole recommendation for one checked profile and a catalog: eligibility for every program of the target
 * specialties, chances at the eligible ones, the optimized list with signals and fees, tiers and pathway reasons,
 * then the strategy plan, what-ifs and verify checklist. The records here are the answer the edges show, every
 * number with the reasons that produced it.
 */
package org.smartpick.core.recommend;
