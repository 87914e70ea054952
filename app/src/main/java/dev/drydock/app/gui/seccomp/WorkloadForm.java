package dev.drydock.app.gui.seccomp;

import dev.drydock.app.seccomp.CommandWords;
import dev.drydock.core.seccomp.learn.SeccompLearner;
import dev.drydock.core.seccomp.learn.Workload;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The "Learn from a run" dialog's answers: image, workload (the image's command, a command line or a
 * script), duration, network, the most runs and an optional helper image for the kernel log. Kept between
 * dialogs, so Verify runs what was learned unless the user changes it. {@link #check()} turns the answers
 * into a {@link Workload} or says in words what is missing.
 */
public final class WorkloadForm {

    public static final int MAX_SECONDS = 3600;
    public static final int MAX_RUNS = 50;

    private final StringProperty image = new SimpleStringProperty(this, "image", "");
    private final ObjectProperty<WorkloadKind> kind = new SimpleObjectProperty<>(this, "kind", WorkloadKind.IMAGE_COMMAND);
    private final StringProperty commandLine = new SimpleStringProperty(this, "commandLine", "");
    private final StringProperty script = new SimpleStringProperty(this, "script", "");
    private final IntegerProperty seconds = new SimpleIntegerProperty(this, "seconds",
            (int) Workload.DEFAULT_DURATION.toSeconds());
    private final BooleanProperty network = new SimpleBooleanProperty(this, "network", false);
    private final IntegerProperty maxRuns = new SimpleIntegerProperty(this, "maxRuns",
            SeccompLearner.Options.defaults().maxRuns());
    private final StringProperty helperImage = new SimpleStringProperty(this, "helperImage", "");

    /** The answers checked: the workload and options, or what to fix. */
    public record Checked(Optional<Workload> workload, SeccompLearner.Options options, String problem) {
        public boolean ok() {
            return workload.isPresent();
        }
    }

    public StringProperty imageProperty() {
        return image;
    }

    public ObjectProperty<WorkloadKind> kindProperty() {
        return kind;
    }

    public StringProperty commandLineProperty() {
        return commandLine;
    }

    /** The script: one shell command per line; blank lines and lines starting with # are left out. */
    public StringProperty scriptProperty() {
        return script;
    }

    /** How long each run may take, in seconds. */
    public IntegerProperty secondsProperty() {
        return seconds;
    }

    /** False: the workload runs with no network. */
    public BooleanProperty networkProperty() {
        return network;
    }

    public IntegerProperty maxRunsProperty() {
        return maxRuns;
    }

    /** An image with dmesg, for workloads whose image has none; blank for none. */
    public StringProperty helperImageProperty() {
        return helperImage;
    }

    /** The workload and options the answers describe, or the first thing to fix. */
    public Checked check() {
        SeccompLearner.Options options = SeccompLearner.Options.defaults().withMaxRuns(maxRuns.get());
        String helper = helperImage.get() == null ? "" : helperImage.get().strip();
        if (!helper.isEmpty()) {
            options = options.withHelperImage(helper);
        }
        String chosen = image.get() == null ? "" : image.get().strip();
        if (chosen.isEmpty()) {
            return problem(options, "Choose the image whose workload runs.");
        }
        if (seconds.get() < 1 || seconds.get() > MAX_SECONDS) {
            return problem(options, "The duration takes 1 to " + MAX_SECONDS + " seconds per run.");
        }
        if (maxRuns.get() < 1 || maxRuns.get() > MAX_RUNS) {
            return problem(options, "The number of runs takes 1 to " + MAX_RUNS + ".");
        }
        Workload workload = Workload.of(chosen).withDuration(Duration.ofSeconds(seconds.get()))
                .withNetwork(network.get());
        switch (kind.get()) {
            case COMMAND_LINE -> {
                List<String> words;
                try {
                    words = CommandWords.split(commandLine.get() == null ? "" : commandLine.get());
                } catch (IllegalArgumentException e) {
                    return problem(options, "The command line cannot be split into words: " + e.getMessage() + ".");
                }
                if (words.isEmpty()) {
                    return problem(options, "Write the command line, or choose the image's own command.");
                }
                workload = workload.withCommand(words);
            }
            case SCRIPT -> {
                List<String> commands = (script.get() == null ? "" : script.get()).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
                if (commands.isEmpty()) {
                    return problem(options, "Write the script: one shell command per line.");
                }
                workload = workload.withScript(commands);
            }
            case IMAGE_COMMAND -> { }
        }
        return new Checked(Optional.of(workload), options, "");
    }

    private static Checked problem(SeccompLearner.Options options, String text) {
        return new Checked(Optional.empty(), options, text);
    }
}
