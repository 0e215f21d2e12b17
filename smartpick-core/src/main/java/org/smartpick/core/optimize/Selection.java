package org.smartpick.core.optimize;

/**
 * One chosen program: its signal and its marginal gain, the objective lost if it alone were dropped from the list
 * (in probability units for P(at least one match), utility units otherwise).
 */
public record Selection(String programId, String specialtyCode, SignalKind signal, double p, double marginalGain) {}
