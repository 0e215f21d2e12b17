package org.smartpick.core.program;

/** A program fact that a source may confirm, deny or not state; UNKNOWN is shown as "verify with the program". */
public enum YesNoUnknown {
    YES,
    NO,
    UNKNOWN
}
