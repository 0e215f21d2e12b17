/**
 * Small building blocks the other core packages share: user-input {@link org.smartpick.core.common.Problem}s with
 * their field paths, the reading of versioned {@code key=value} parameter files and small CSV tables, numbers
 * written as text exactly as the JDK writes them, and the {@link org.smartpick.core.common.TaskRunner} that spreads
 * one recommendation's independent tasks over the helper threads it is given.
 */
package org.smartpick.core.common;
