package org.smartpick.app.web.pages;

import java.util.List;
import org.smartpick.core.program.DataSource;

/** The data page: every source with its date and licence note, and the catalog's size and version. */
public record DataPage(List<DataSource> sources, int programs, long version) {
    public DataPage {
        sources = List.copyOf(sources);
    }
}
