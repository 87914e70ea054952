package dev.drydock.app.gui.audit;

import dev.drydock.app.gui.common.DaemonAccess;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.common.UserPrompts;
import dev.drydock.app.gui.common.UserPrompts.Confirmation;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.harden.HardenedRecreate;
import dev.drydock.core.audit.harden.HardenedRunConfig;
import dev.drydock.core.audit.harden.RecreatePlan;
import dev.drydock.core.audit.harden.RecreateReport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Recreate hardened" from the Audit tab: plans in the background, shows the plan for explicit
 * confirmation (nothing happens before the user agrees), then creates, starts and watches the new
 * container as a visible task that can be cancelled, and keeps the report for the tab. The original
 * container is never stopped, changed or removed (see {@link HardenedRecreate}).
 */
public final class HardenedRecreation {

    static final String ACTION = "Create and start";

    private final UiTaskRunner runner;
    private final DaemonAccess access;
    private final UserPrompts prompts;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyBooleanWrapper healthy = new ReadOnlyBooleanWrapper(this, "healthy");

    public HardenedRecreation(UiTaskRunner runner, DaemonAccess access, UserPrompts prompts) {
        this.runner = runner;
        this.access = access;
        this.prompts = prompts;
    }

    /** Plans the recreation of the container {@code config} hardens, asks the user, and runs it when agreed. */
    public void start(HardenedRunConfig config) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        report.set("");
        String original = config.containerName();
        runner.submit(UiTask.of("Planning hardened copy of " + original, (token, progress) -> {
            progress.progress("Checking names and host ports…", 0, 0);
            return new HardenedRecreate(access.daemon()).plan(config);
        }).quiet().onSuccess(this::confirmAndRun).onFailure(error -> fail("Could not plan the hardened copy of "
                + original, error)).onCancelled(() -> busy.set(false)));
    }

    /** Clears the last report (another container was selected). */
    public void clear() {
        report.set("");
        healthy.set(false);
    }

    private void confirmAndRun(RecreatePlan plan) {
        boolean agreed = prompts.confirm(new Confirmation("Recreate hardened",
                "Create and start " + plan.newName() + " next to " + plan.originalName() + "? "
                        + plan.originalName() + " is left as it is: it is never stopped, changed or removed.",
                plan.describe(), ACTION));
        if (!agreed) {
            busy.set(false);
            report.set("Nothing was created: recreating " + plan.originalName() + " hardened was not confirmed.");
            return;
        }
        runner.submit(UiTask.of("Recreating " + plan.originalName() + " hardened", (token, progress) ->
                new HardenedRecreate(access.daemon()).recreate(plan, token, progress))
                .onSuccess(this::show)
                .onFailure(error -> fail("Recreating " + plan.originalName() + " hardened failed", error))
                .onCancelled(() -> {
                    busy.set(false);
                    report.set("Cancelled: " + plan.newName() + " is not kept (Drydock removes only the container"
                            + " it created); " + plan.originalName() + " was not touched.");
                }));
    }

    private void show(RecreateReport result) {
        busy.set(false);
        healthy.set(result.ok());
        report.set(result.describe().strip());
    }

    private void fail(String what, Throwable error) {
        busy.set(false);
        healthy.set(false);
        UserMessage message = UserMessage.of(what, error);
        report.set(what + ": " + message.message() + (message.advice().isEmpty() ? "" : " " + message.advice()));
    }

    /** True from the click until the report is in. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last recreation's report (outcome, notes, log tail), or why nothing was done; empty before. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** True when the last recreated container is healthy or kept running. */
    public ReadOnlyBooleanProperty healthyProperty() {
        return healthy.getReadOnlyProperty();
    }
}
