package org.smartpick.app.web.api;

import java.util.List;
import org.smartpick.core.common.Problem;

/** An answer that is not a result: the HTTP status and every problem, each naming its field. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final List<Problem> problems;

    public ApiError(int status, List<Problem> problems) {
        super("HTTP " + status, null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an API error needs at least one problem");
        }
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public static ApiError badRequest(List<Problem> problems) {
        return new ApiError(400, problems);
    }

    public static ApiError notFound(String field, String message) {
        return new ApiError(404, List.of(new Problem(field, message)));
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }
}
