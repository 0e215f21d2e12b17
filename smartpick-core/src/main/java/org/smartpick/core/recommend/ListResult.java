package org.smartpick.core.recommend;

import org.smartpick.core.optimize.ApplicationPlan;

/** The list for one profile: its inputs and the optimizer's plan. */
record ListResult(ListInputs inputs, ApplicationPlan plan) {}
