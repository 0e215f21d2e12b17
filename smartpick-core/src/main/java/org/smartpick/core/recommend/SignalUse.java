package org.smartpick.core.recommend;

/** Signals of one kind used in one specialty against its allowance, with the rule's source or why none are sent. */
public record SignalUse(String specialtyCode, String kind, int used, int allowed, String note) {}
