package org.smartpick.app.cli;

/** Bad input from the user (arguments, environment, files): reported on stderr with exit code 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
