/**
 * Alternative pathways to a goal specialty (e.g. core Pediatrics or Internal Medicine before Medical Genetics),
 * read from {@code data/policy/pathways.csv}: each family's specialty codes with their roles and default utilities,
 * and the pathway programs whose institution also runs a program of the family.
 */
package org.smartpick.core.pathways;
