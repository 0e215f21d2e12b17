package org.smartpick.app.web.pages;

/** A short page with a heading and one message (not found, deleted, form expired). */
public record MessagePage(String title, String message) {}
