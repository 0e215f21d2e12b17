/**
 * The whole recommendation for one checked profile and a catalog: eligibility for every program of the target
 * specialties, chances at the eligible ones, the optimized list with signals and fees, tiers and pathway reasons,
 * then the strategy plan, what-ifs and verify checklist. The records here are the answer the edges show, every
 * number with the reasons that produced it.
 *
 * <p>How one recommendation is made, read top to bottom in {@link org.smartpick.core.recommend.Recommender#recommend}:
 * the catalog is indexed once per catalog instance ({@code CatalogIndex}, {@code IndexedProgram}); the
 * {@code ListPlanner} has the {@code ProgramAssessor} judge and factor every program of the target specialties
 * (reusing the verdicts and factors of a list assessed alike) and turns them into the optimizer's request under the
 * budget, fee schedules ({@code SeasonFees}) and signal rules; the reported list, the report's draft and each what-if
 * list are then optimized or worded as separate tasks ({@code TaskRunner.both}); the strategy judges the what-ifs on
 * those lists ({@code StrategyLists}) while the {@code ReportComposer} words the reported list ({@code ProgramResults},
 * {@code SharedTexts}, {@code ListOrder}); last the composer puts the answer together.
 */
package org.smartpick.core.recommend;
