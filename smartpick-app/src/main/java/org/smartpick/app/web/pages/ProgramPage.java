package org.smartpick.app.web.pages;

/** One program's page: its facts with sources, institution and specialty. */
public record ProgramPage(
        ProgramsPage.ProgramRow program, String institution, String specialtyCode, String specialtyName) {}
