package org.smartpick.core.reference;

/** A fee paid once per season whatever the number of programs (USMLE transcript, ECFMG ERAS token). */
public record OneOffFee(
        String id, String name, int feeUsd, boolean imgOnly, String basis, String sourceUrl, String asOf) {}
