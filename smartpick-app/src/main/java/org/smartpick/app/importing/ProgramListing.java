package org.smartpick.app.importing;

/**
 * What a source says identifies a program: its name, place and specialty, with the source and the date the
 * source gave it as of. {@code programUrl} is empty when the source links no page.
 */
public record ProgramListing(
        String programId,
        String name,
        String city,
        String state,
        String specialtyCode,
        String specialtyName,
        String programUrl,
        String sourceId,
        String asOf) {}
