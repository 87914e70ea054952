package dev.drydock.core.image.rules;

import dev.drydock.core.findings.SecretMask;
import dev.drydock.core.image.scan.HistoryStep;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;
import dev.drydock.core.secrets.SecretNames;
import dev.drydock.core.secrets.TokenKind;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image's history lined up with its layers: which layer each step made (steps such as ENV make
 * none), whether a step belongs to the base image, and each step's command as the user wrote it
 * ({@code RUN apt-get update}, not {@code /bin/sh -c apt-get update}), with secrets masked.
 */
public final class ImageHistory {

    private static final Pattern BUILD_ARGS = Pattern.compile("^\\|[0-9]+\\s+((?:\\S+=\\S*\\s+)*)");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)=(\"[^\"]*\"|'[^']*'|\\S+)");
    private static final int SHOWN_COMMAND = 100;

    private final List<HistoryStep> steps;
    private final List<ScannedLayer> layers;
    private final int[] layerOfStep;

    ImageHistory(ScannedImage image) {
        this.steps = image.config().history();
        this.layers = image.layers();
        this.layerOfStep = new int[steps.size()];
        Arrays.fill(layerOfStep, -1);
        long made = steps.stream().filter(step -> !step.emptyLayer()).count();
        if (made == layers.size()) {
            int layer = 0;
            for (int i = 0; i < steps.size(); i++) {
                if (!steps.get(i).emptyLayer()) {
                    layerOfStep[i] = layer++;
                }
            }
        }
    }

    public List<HistoryStep> steps() {
        return steps;
    }

    /** The layer step {@code step} made; empty for steps that made none, or when history and layers do not line up. */
    public OptionalInt layerOf(int step) {
        return layerOfStep[step] < 0 ? OptionalInt.empty() : OptionalInt.of(layerOfStep[step]);
    }

    /** The step that made {@code layer}, when history and layers line up. */
    public OptionalInt stepOf(int layer) {
        for (int i = 0; i < layerOfStep.length; i++) {
            if (layerOfStep[i] == layer) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** True when the step belongs to the base image: its layer is, or a base layer comes after it. */
    public boolean inherited(int step) {
        if (layerOfStep[step] >= 0) {
            return layers.get(layerOfStep[step]).fromBase();
        }
        for (int i = step + 1; i < steps.size(); i++) {
            if (layerOfStep[i] >= 0 && layers.get(layerOfStep[i]).fromBase()) {
                return true;
            }
        }
        return false;
    }

    /** The step's command as written in a Dockerfile, secrets masked, shortened for messages. */
    public static String shown(HistoryStep step) {
        String command = masked(instruction(step.createdBy()));
        return command.length() <= SHOWN_COMMAND ? command : command.substring(0, SHOWN_COMMAND - 1) + "…";
    }

    /**
     * {@code /bin/sh -c #(nop)  ENV A=b} → {@code ENV A=b}; {@code |1 X=y /bin/sh -c make} → {@code RUN make};
     * BuildKit's {@code RUN /bin/sh -c make # buildkit} → {@code RUN make}. Secrets are not masked here.
     */
    public static String instruction(String createdBy) {
        String command = createdBy.strip();
        Matcher args = BUILD_ARGS.matcher(command);
        if (args.find()) {
            command = command.substring(args.end());
        }
        if (command.endsWith("# buildkit")) {
            command = command.substring(0, command.length() - "# buildkit".length()).strip();
        }
        if (command.startsWith("RUN /bin/sh -c ")) {
            command = "RUN " + command.substring("RUN /bin/sh -c ".length());
        } else if (command.startsWith("/bin/sh -c #(nop)")) {
            command = command.substring("/bin/sh -c #(nop)".length()).strip();
        } else if (command.startsWith("/bin/sh -c ")) {
            command = "RUN " + command.substring("/bin/sh -c ".length());
        }
        return command.strip();
    }

    /** The build arguments a RUN step recorded ({@code |2 A=1 B=2 /bin/sh -c …}), as written. */
    public static List<String> buildArguments(String createdBy) {
        Matcher args = BUILD_ARGS.matcher(createdBy.strip());
        return args.find() && !args.group(1).isBlank() ? List.of(args.group(1).strip().split("\\s+")) : List.of();
    }

    /** Masks every credential shape and every value assigned to a secret name in {@code text}. */
    public static String masked(String text) {
        String result = text;
        for (TokenKind.Match match : TokenKind.allIn(text)) {
            result = result.replace(match.value(), SecretMask.mask(match.value()));
        }
        Matcher assignment = ASSIGNMENT.matcher(result);
        StringBuilder out = new StringBuilder();
        while (assignment.find()) {
            String replacement = SecretNames.isSecretName(assignment.group(1)) && !assignment.group(2).startsWith("$")
                    ? assignment.group(1) + "=" + SecretMask.mask(assignment.group(2))
                    : assignment.group();
            assignment.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        assignment.appendTail(out);
        return out.toString();
    }
}
