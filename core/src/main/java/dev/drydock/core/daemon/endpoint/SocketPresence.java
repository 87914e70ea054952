package dev.drydock.core.daemon.endpoint;

/** Whether a daemon socket is there, as far as Drydock can tell without connecting. */
public enum SocketPresence {
    /** The unix socket file exists. */
    FOUND,
    /** The unix socket file does not exist: nothing can be listening there. */
    MISSING,
    /** Not a local unix socket (TCP, SSH, named pipe): only connecting can tell. */
    NOT_CHECKED
}
