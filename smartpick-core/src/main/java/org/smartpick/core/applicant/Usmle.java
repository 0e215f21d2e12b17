package org.smartpick.core.applicant;

/** The applicant's USMLE record. */
public record Usmle(Step1 step1, Step2ck step2ck, Step3 step3) {
    public Usmle {
        step1 = step1 == null ? Step1.notTaken() : step1;
        step2ck = step2ck == null ? Step2ck.notTaken() : step2ck;
        step3 = step3 == null ? Step3.notTaken() : step3;
    }

    public static Usmle none() {
        return new Usmle(null, null, null);
    }
}
