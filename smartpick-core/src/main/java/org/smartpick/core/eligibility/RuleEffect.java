package org.smartpick.core.eligibility;

/** What one hard rule decided for one program. */
public enum RuleEffect {
    EXCLUDES, VERIFY, PASSES
}
