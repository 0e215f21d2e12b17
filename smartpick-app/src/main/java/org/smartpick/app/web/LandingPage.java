package org.smartpick.app.web;

import java.util.List;
import org.smartpick.core.program.DataSource;

/** The landing page: how much catalog there is and where it comes from. */
public record LandingPage(int programs, int specialties, long version, List<DataSource> sources) {
}
