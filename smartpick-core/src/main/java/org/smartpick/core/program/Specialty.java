package org.smartpick.core.program;

/** An ACGME specialty code (3 digits, leading zeros kept) with its ERAS name and application cycle. */
public record Specialty(String code, String name, ApplicationCycle cycle) {}
