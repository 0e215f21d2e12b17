/**
 * The catalog a recommendation is computed from: training programs whose attributes are {@link
 * org.smartpick.core.program.Fact}s carrying their source and as-of date (unknown when no source states one), the
 * data sources, specialties, tracks and application cycles, and the reference tables.
 */
package org.smartpick.core.program;
