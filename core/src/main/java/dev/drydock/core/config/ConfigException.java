package dev.drydock.core.config;

/** A config file that cannot be used; the message says which file, where, what is wrong and what to do. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String userMessage) {
        super(userMessage);
    }
}
