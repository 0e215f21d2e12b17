package org.smartpick.core.applicant;

import java.util.List;

/** Whether the applicant needs visa sponsorship and which visas they accept. */
public record Visa(boolean needsSponsorship, List<VisaType> accepts) {
    public Visa {
        accepts = accepts == null ? List.of() : List.copyOf(accepts);
    }

    public static Visa none() {
        return new Visa(false, List.of());
    }
}
