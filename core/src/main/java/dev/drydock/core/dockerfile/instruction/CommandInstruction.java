package dev.drydock.core.dockerfile.instruction;

/** RUN, CMD and ENTRYPOINT: the instructions whose arguments are a command in exec or shell form. */
public sealed interface CommandInstruction permits RunInstruction, CmdInstruction, EntrypointInstruction {

    Command command();
}
