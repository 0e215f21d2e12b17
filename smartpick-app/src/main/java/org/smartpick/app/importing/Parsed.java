package org.smartpick.app.importing;

import java.util.List;
import org.smartpick.core.common.Problem;

/** What a reader made of a file: the rows it understood and every problem it found, in line order. */
public record Parsed<T>(List<T> items, List<Problem> problems) {
    public Parsed {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
