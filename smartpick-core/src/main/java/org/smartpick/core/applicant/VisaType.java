package org.smartpick.core.applicant;

/** Visas a program can sponsor for residency: J-1 (through ECFMG) and H-1B. */
public enum VisaType {
    J1,
    H1B
}
