package org.smartpick.app.web.api;

import java.util.List;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;

/** One page of programs matching a query, in id order, with the total number that match. */
record ProgramPage(int total, int page, int size, List<ProgramView> items) {

    static ProgramPage of(Catalog catalog, ProgramQuery query) {
        List<Program> matching = query.matching(catalog);
        List<ProgramView> items = matching.stream()
                .skip(query.offset())
                .limit(query.size())
                .map(p -> ProgramView.of(p, catalog))
                .toList();
        return new ProgramPage(matching.size(), query.page(), query.size(), items);
    }
}
