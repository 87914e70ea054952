package dev.drydock.app.gui.vulndb;

/** What the database panel can say about the vulnerability database. */
public enum DatabaseState {
    /** Its status is being read for the first time. */
    LOADING,
    /** It opened; its age and sources are shown. */
    READY,
    /** There is none yet: the panel explains the two ways to get one. */
    MISSING,
    /** It is there but cannot be used (damaged, not Drydock's, from a newer Drydock): the panel offers a rebuild. */
    UNUSABLE
}
