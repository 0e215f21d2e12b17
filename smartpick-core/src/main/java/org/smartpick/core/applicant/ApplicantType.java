package org.smartpick.core.applicant;

/** The NRMP applicant types. */
public enum ApplicantType {
    US_MD,
    US_DO,
    US_IMG,
    NON_US_IMG;

    public boolean isImg() {
        return this == US_IMG || this == NON_US_IMG;
    }
}
