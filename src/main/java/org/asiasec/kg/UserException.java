package org.asiasec.kg;

/**
 * A problem caused by the user's input or environment (a missing file, a bad format, a port in use).
 * Its message is one complete line meant for the user; the CLI prints it without a stack trace.
 */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
