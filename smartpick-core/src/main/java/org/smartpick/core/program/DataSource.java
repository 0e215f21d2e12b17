package org.smartpick.core.program;

/** A source of catalog facts, shown to users beside every fact it supplies. */
public record DataSource(String id, String title, String publisher, String url, String asOf, String licenceNote) {}
