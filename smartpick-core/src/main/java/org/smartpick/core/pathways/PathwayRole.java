package org.smartpick.core.pathways;

/** A specialty's place in a family: the goal itself, a first step towards it, or only a marker of the family. */
public enum PathwayRole {
    GOAL,
    PATHWAY,
    LINK
}
