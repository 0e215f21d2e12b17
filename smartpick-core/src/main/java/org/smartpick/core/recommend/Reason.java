package org.smartpick.core.recommend;

/** A hard rule that decided about a program, by rule id, in words the applicant understands. */
public record Reason(String rule, String message) {}
