/** A test fixture that breaks every core architecture rule, to show that the rules catch it. */
package org.smartpick.core.archfixture;
