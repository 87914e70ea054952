package dev.drydock.core.image.attribution;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.SourceRange;
import dev.drydock.core.dockerfile.Stage;
import dev.drydock.core.dockerfile.instruction.ArgInstruction;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.dockerfile.instruction.InstructionKind;
import dev.drydock.core.image.scan.HistoryStep;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which instruction of a linked Dockerfile made each of the image's own history steps, and so each
 * layer and the findings in it. The final stage's instructions are lined up with the end of the
 * history, last to first; an ARG may have left no step, and labels added by {@code docker build --label}
 * sit after the last instruction's step. Conservative: at the first step that does not
 * match its instruction the lining-up stops, and everything below (the base image, or a Dockerfile
 * that changed since the build) stays unmapped.
 */
public final class DockerfileAttribution {

    private final Map<Integer, Instruction> bySteps;
    private final Map<Integer, Instruction> byLayers;
    private final List<String> diffIds;

    private DockerfileAttribution(Map<Integer, Instruction> bySteps, Map<Integer, Instruction> byLayers,
                                  List<String> diffIds) {
        this.bySteps = Map.copyOf(bySteps);
        this.byLayers = Map.copyOf(byLayers);
        this.diffIds = List.copyOf(diffIds);
    }

    /** Attribution of the image's history; layers are mapped when its history lines up with its layers. */
    public static DockerfileAttribution of(Dockerfile dockerfile, ScannedImage image) {
        DockerfileAttribution attribution = of(dockerfile, image.config().history(), image.layers().size());
        return new DockerfileAttribution(attribution.bySteps, attribution.byLayers,
                image.layers().stream().map(ScannedLayer::diffId).toList());
    }

    /**
     * @param history   every step of the image's history, empty-layer ones too, oldest first
     * @param layers    how many layers the image has; layers are only mapped when the history's
     *                  layer-making steps are exactly that many
     */
    public static DockerfileAttribution of(Dockerfile dockerfile, List<HistoryStep> history, int layers) {
        Map<Integer, Instruction> steps = new HashMap<>();
        Optional<Stage> stage = dockerfile.finalStage();
        if (stage.isPresent()) {
            InstructionMatch match = new InstructionMatch(dockerfile);
            List<Instruction> instructions = stage.get().instructions();
            int step = history.size() - 1;
            int instruction = instructions.size() - 1;
            while (step >= 0 && instruction >= 0) {
                Instruction candidate = instructions.get(instruction);
                HistoryCommand command = HistoryCommand.parse(history.get(step).createdBy());
                if (match.matches(command, candidate)) {
                    steps.put(step--, candidate);
                    instruction--;
                } else if (steps.isEmpty() && command.kind() == InstructionKind.LABEL) {
                    step--;
                } else if (candidate instanceof ArgInstruction) {
                    instruction--;
                } else {
                    break;
                }
            }
        }
        Map<Integer, Instruction> byLayer = new HashMap<>();
        if (history.stream().filter(s -> !s.emptyLayer()).count() == layers) {
            int layer = 0;
            for (int i = 0; i < history.size(); i++) {
                if (!history.get(i).emptyLayer()) {
                    if (steps.containsKey(i)) {
                        byLayer.put(layer, steps.get(i));
                    }
                    layer++;
                }
            }
        }
        return new DockerfileAttribution(steps, byLayer, List.of());
    }

    /** The instruction that made layer {@code layer} (0 = lowest), if known. */
    public Optional<Instruction> instructionOfLayer(int layer) {
        return Optional.ofNullable(byLayers.get(layer));
    }

    /** The source range of the instruction that made layer {@code layer}, if known. */
    public Optional<SourceRange> rangeOfLayer(int layer) {
        return instructionOfLayer(layer).map(Instruction::range);
    }

    /** The 1-based Dockerfile line where the instruction that made layer {@code layer} starts, if known. */
    public Optional<Integer> lineOfLayer(int layer) {
        return rangeOfLayer(layer).map(range -> range.start().line());
    }

    /** The instruction that made history step {@code step} (0 = oldest, empty-layer steps counted), if known. */
    public Optional<Instruction> instructionOfStep(int step) {
        return Optional.ofNullable(bySteps.get(step));
    }

    /**
     * The instruction that made the layer a finding is in, named by its digest; empty for findings in
     * the configuration, or when layers with that digest (empty layers share one) map to different
     * instructions or to none. Needs an attribution made {@link #of(Dockerfile, ScannedImage) from the image}.
     */
    public Optional<Instruction> instructionOf(Finding finding) {
        if (!(finding.location() instanceof Location.ImageLayerPath where) || where.layer().isEmpty()) {
            return Optional.empty();
        }
        Instruction found = null;
        for (int layer = 0; layer < diffIds.size(); layer++) {
            if (diffIds.get(layer).equals(where.layer())) {
                Instruction instruction = byLayers.get(layer);
                if (instruction == null || found != null && found != instruction) {
                    return Optional.empty();
                }
                found = instruction;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The 1-based line where the instruction that made a finding's layer starts, if known. */
    public Optional<Integer> lineOf(Finding finding) {
        return instructionOf(finding).map(instruction -> instruction.range().start().line());
    }

    /** How many history steps were mapped. */
    public int mappedSteps() {
        return bySteps.size();
    }
}
