package dev.drydock.app.gui.seccomp;

/** What a learning or verification run starts in the image's container. */
public enum WorkloadKind {
    IMAGE_COMMAND("The image's own command"),
    COMMAND_LINE("A command line"),
    SCRIPT("A script of commands, one per line");

    private final String label;

    WorkloadKind(String label) {
        this.label = label;
    }

    /** The choice as the dialog shows it. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
